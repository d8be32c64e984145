// HOST chooses the address Pantau listens on; unset, every interface.
import express from 'express';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { listen, ListenError } from '../../../server/http/listen.ts';

describe('listen', () => {
  it('binds the HOST address when given', async () => {
    const server = await listen(express(), 0, loadConfig({ HOST: '127.0.0.1' }).host);
    try {
      expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('binds every interface when HOST is unset', async () => {
    expect(loadConfig({}).host).toBeUndefined();
    const server = await listen(express(), 0, undefined);
    try {
      expect(['::', '0.0.0.0']).toContain((server.address() as AddressInfo).address);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('an address this machine does not have is one line naming the port', async () => {
    await expect(listen(express(), 0, '192.0.2.1')).rejects.toThrow(ListenError);
  });
});
