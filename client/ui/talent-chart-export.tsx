// A dashboard chart saved as an image: its SVG with the title, legend and sources drawn in, or that SVG as a PNG,
// so a saved chart says what it shows and where its numbers come from.
import type * as echarts from 'echarts/core';
import { useAppState, useT } from './app-context.js';
import { download } from './download.js';

/**
 * A chart's SVG with its title and legend above and the sources of its numbers listed under it; the PNG is that SVG
 * drawn on a canvas. In Arabic (`rtl`) the words stand at the right and read right to left, as the page does.
 */
function chartSvg(
  c: echarts.ECharts,
  title: string,
  legend: { name: string; color: string }[],
  sources: string[],
  dark: boolean,
  rtl: boolean,
): string {
  const esc = (x: string) =>
    x.replace(/[<&"]/g, (ch) => (ch === '<' ? '&lt;' : ch === '&' ? '&amp;' : '&quot;'));
  const svg = c.renderToSVGString();
  const height = c.getHeight();
  const width = c.getWidth();
  // In right-to-left text, "start" is the right end: each line ends at x and runs leftwards.
  const at = (x: number) => (rtl ? width - x : x);
  const dir = rtl ? ' direction="rtl"' : '';
  const top = 28 + (legend.length > 0 ? 18 * legend.length : 0);
  const head = [
    `<text x="${at(8)}" y="18" font-size="14" font-weight="bold" font-family="sans-serif"${dir}>${esc(title)}</text>`,
    ...legend.map(
      (l, i) =>
        `<rect x="${rtl ? width - 20 : 8}" y="${30 + i * 18}" width="12" height="10" fill="${esc(l.color)}"/><text x="${at(26)}" y="${39 + i * 18}" font-size="12" font-family="sans-serif"${dir}>${esc(l.name)}</text>`,
    ),
  ];
  const foot = sources.map(
    (src, i) =>
      `<text x="${at(8)}" y="${top + height + 18 + i * 16}" font-size="12" font-family="sans-serif"${dir}>${esc(src)}</text>`,
  );
  const extra = top + 24 + sources.length * 16;
  return svg
    .replace(/height="(\d+)"/, (_, h: string) => `height="${Number(h) + extra}"`)
    .replace(
      /viewBox="0 0 (\d+) (\d+)"/,
      (_, w: string, h: string) => `viewBox="0 0 ${w} ${Number(h) + extra}"`,
    )
    .replace(
      /(<svg[^>]*>)/,
      `$1<g fill="${dark ? '#e6e6e6' : '#1f2328'}">${head.join('')}</g><g transform="translate(0 ${top})">`,
    )
    .replace('</svg>', `</g><g fill="${dark ? '#9aa0a6' : '#57606a'}">${foot.join('')}</g></svg>`);
}

async function svgToPng(svg: string, background: string): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = img.width * 2;
    canvas.height = img.height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function ChartExports(props: {
  chart: () => echarts.ECharts | null;
  name: string;
  title: string;
  legend: { name: string; color: string }[];
  sources: string[];
}) {
  const t = useT();
  const theme = useAppState((s) => s.theme);
  const lang = useAppState((s) => s.lang);
  const save = async (kind: 'svg' | 'png') => {
    const c = props.chart();
    if (!c) return;
    const svg = chartSvg(c, props.title, props.legend, props.sources, theme === 'dark', lang === 'ar');
    if (kind === 'svg') download(`${props.name}.svg`, svg, 'image/svg+xml');
    else
      download(
        `${props.name}.png`,
        await svgToPng(svg, theme === 'dark' ? '#15191e' : '#ffffff'),
        'image/png',
      );
  };
  return (
    <span className="talent-exports">
      <button
        type="button"
        className="link-button"
        data-testid={`${props.name}-svg`}
        onClick={() => void save('svg')}
      >
        {t('chartSvg')}
      </button>
      <button
        type="button"
        className="link-button"
        data-testid={`${props.name}-png`}
        onClick={() => void save('png')}
      >
        {t('chartPng')}
      </button>
    </span>
  );
}
