// Copies text to the clipboard: the Clipboard API where the page may use it, else the old
// select-and-copy of a hidden text area (insecure context, permissions refused). Used by the
// share menu and by the account menu's new API token.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
