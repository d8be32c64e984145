// The embed page: one chart for an iframe. The SVG is inline (rendered by the same chart code),
// a tiny inline script adds tooltips from the marks' data-tooltip attributes (pointer and
// keyboard) and re-lays the chart out at the frame's size by fetching /charts/<chart>.svg with
// the same parameters (token included) when the frame is resized. No outside requests: the
// Content-Security-Policy allows only this origin. Light styles, and print styles. The table for
// screen readers sits in a visually hidden <aside> (a landmark, as is the hidden <h1>'s
// header): a <table> ignores `width: 1px` and would widen the page (a horizontal scrollbar in
// the frame).
import type { ChartTable } from '../../common/charts/types.ts';
import { FAVICON_LINK } from '../http/favicon.ts';

export interface EmbedPageInput {
  lang: string;
  title: string;
  svg: string;
  table: ChartTable;
  /** `/charts/<chart>.svg?<same parameters>` without width and height: the page adds its own. */
  refitUrl: string;
  width: number;
  height: number;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function tableHtml(table: ChartTable, caption: string, className = ''): string {
  const head = table.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${table.columns[i]?.numeric ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<table${className ? ` class="${className}"` : ''}><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export const EMBED_CSP = (nonce: string) =>
  `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'`;

const STYLE = `
html,body{margin:0;padding:0;background:#fff;color:#1f2937;height:100%}
body{overflow:hidden;font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif}
#chart{width:100vw;height:100vh;display:flex;align-items:center;justify-content:center}
#chart>svg{display:block;width:100%;height:100%;font-family:Arial,"Liberation Sans",Helvetica,sans-serif!important}
#chart [data-tooltip]{cursor:default}
#chart [data-tooltip]:focus{outline:2px solid #2563eb;outline-offset:1px}
.tip{position:fixed;z-index:2;display:none;pointer-events:none;max-width:min(280px,80vw);padding:4px 8px;border-radius:4px;background:#111827;color:#fff;font-size:12px;white-space:pre-line;box-shadow:0 2px 6px rgba(0,0,0,.25)}
.sr-only{position:absolute;top:0;left:0;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
@media print{
  @page{margin:10mm}
  html,body{height:auto;overflow:visible}
  #chart{width:100%;height:auto;display:block}
  #chart>svg{width:100%;height:auto}
  .tip{display:none!important}
}`;

// Kept small and dependency-free: it runs inside other people's pages.
const SCRIPT = `(function(){
var box=document.getElementById('chart'),tip=document.getElementById('tip');
var src=box.getAttribute('data-src'),tk=new URLSearchParams(location.search).get('token'),w=+box.getAttribute('data-width'),h=+box.getAttribute('data-height'),timer=0,seq=0;
if(src&&tk)src+=(src.indexOf('?')<0?'?':'&')+'token='+encodeURIComponent(tk);
function hide(){tip.style.display='none';}
function show(el,x,y){var t=el.getAttribute('data-tooltip');if(!t){hide();return;}
tip.textContent=t;tip.style.display='block';var r=tip.getBoundingClientRect();
var left=Math.min(x+12,innerWidth-r.width-4),top=y+14;if(top+r.height>innerHeight-2)top=y-r.height-10;
tip.style.left=Math.max(4,left)+'px';tip.style.top=Math.max(4,top)+'px';}
function mark(e){var el=e.target;return el&&el.closest?el.closest('[data-tooltip]'):null;}
function focusable(){var marks=box.querySelectorAll('[data-tooltip]');for(var i=0;i<marks.length;i++){marks[i].setAttribute('tabindex','0');marks[i].setAttribute('aria-label',marks[i].getAttribute('data-tooltip'));}}
box.addEventListener('pointermove',function(e){var el=mark(e);if(el)show(el,e.clientX,e.clientY);else hide();});
box.addEventListener('pointerleave',hide);
box.addEventListener('focusin',function(e){var el=mark(e);if(el){var r=el.getBoundingClientRect();show(el,r.left+r.width/2,r.top+r.height/2);}});
box.addEventListener('focusout',hide);
document.addEventListener('keydown',function(e){if(e.key==='Escape')hide();});
function clamp(v,a,b){return Math.max(a,Math.min(b,Math.round(v)));}
function fit(){var W=clamp(box.clientWidth||innerWidth,200,2400),H=clamp(box.clientHeight||innerHeight,150,2400);
if(Math.abs(W-w)<8&&Math.abs(H-h)<8)return;var mine=++seq;
fetch(src+(src.indexOf('?')<0?'?':'&')+'width='+W+'&height='+H,{credentials:'same-origin'}).then(function(r){return r.ok?r.text():null;}).then(function(text){
if(!text||mine!==seq)return;var svg=new DOMParser().parseFromString(text,'image/svg+xml').documentElement;
if(!svg||svg.nodeName!=='svg')return;w=W;h=H;hide();box.replaceChildren(document.importNode(svg,true));focusable();
document.documentElement.setAttribute('data-fitted',W+'x'+H);}).catch(function(){});}
addEventListener('resize',function(){clearTimeout(timer);timer=setTimeout(fit,120);});
focusable();if(src)fit();
})();`;

/**
 * Where the request's CSP nonce goes. The page is cached for every request with the same
 * parameters, so it is written once with this placeholder and each answer puts its own nonce in
 * (withNonce). Imported text (a branch named "__PANTAU_NONCE__") can hold the placeholder too, so
 * the nonce is put only where the page's own script element has it: in the tail every page ends
 * with, at a position known from the tail alone, never wherever the text first occurs.
 */
const NONCE_SLOT = '__PANTAU_NONCE__';
const AFTER_NONCE = `">${SCRIPT}</script>
</body>
</html>
`;
const PAGE_TAIL = `<script nonce="${NONCE_SLOT}${AFTER_NONCE}`;

/** The cached page with the request's nonce on its script element (and nowhere else). */
export function withNonce(page: string, nonce: string): string {
  const at = page.length - AFTER_NONCE.length - NONCE_SLOT.length;
  if (!page.endsWith(PAGE_TAIL)) throw new Error('not an embed page: its script element is not where embedPage writes it');
  return page.slice(0, at) + nonce + page.slice(at + NONCE_SLOT.length);
}

/** The page, with the nonce's placeholder for withNonce. */
export function embedPage(input: EmbedPageInput): string {
  return `<!doctype html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(input.title)}</title>
${FAVICON_LINK}
<style>${STYLE}</style>
</head>
<body>
<header class="sr-only"><h1>${escapeHtml(input.title)}</h1></header>
<main id="chart" data-src="${escapeHtml(input.refitUrl)}" data-width="${input.width}" data-height="${input.height}">${input.svg}</main>
<aside class="sr-only" aria-label="${escapeHtml(input.title)}">${tableHtml(input.table, input.title)}</aside>
<div class="tip" id="tip" role="tooltip"></div>
${PAGE_TAIL}`;
}
