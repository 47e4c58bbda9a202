import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { siteName } from './site';

/** The share card's size, the one Open Graph and X (Twitter) large cards both expect. */
export const shareCardSize = { width: 1200, height: 630 };

// Inter, the site's face, as WOFF (the card renderer reads neither WOFF2 nor variable fonts). Its
// Latin subset is what the card can draw: for any other character next/og would download a font
// during the build, which runs offline, then log an error and draw empty boxes.
const fontDir = path.join(process.cwd(), 'node_modules', '@fontsource', 'inter', 'files');
const drawable = /^[\u0020-\u007E\u00A0-\u00FF\u2010-\u2027\u20AC\u2122\u2212]*$/;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function interFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: fs.readFileSync(path.join(fontDir, `inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** Fails the build, naming where the text came from, when the card cannot draw it offline. */
export function checkDrawable(text: string, where: string): string {
  if (drawable.test(text)) return text;
  const bad = [...text].filter((ch) => !drawable.test(ch));
  throw new Error(
    `${where}: ${JSON.stringify(bad.join(''))} cannot be drawn on the share card (its font covers Latin-1 and common punctuation, and the build cannot fetch another font).`,
  );
}

interface CardText {
  /** The line above the title, e.g. "Module 2 · Scaling, seen live". */
  kicker: string;
  title: string;
  summary: string;
  /** Where each text came from ("content/course.json modules.1.title"), named when it cannot be drawn. */
  source: { kicker: string; title: string; summary: string };
}

/** A 1200×630 PNG: the course's mark, the page's place in the course, its title and summary. */
export function shareCard({ kicker, title, summary, source }: CardText): ImageResponse {
  checkDrawable(kicker, source.kicker);
  checkDrawable(title, source.title);
  checkDrawable(summary, source.summary);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#101217', color: '#e8eaef', fontFamily: 'Inter' }}>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 30, color: '#6cb2ff' }}>{kicker}</div>
          <div style={{ marginTop: 20, fontSize: title.length > 40 ? 64 : 76, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1.5 }}>{title}</div>
          <div style={{ marginTop: 28, fontSize: 30, lineHeight: 1.4, color: '#a7aebd', maxWidth: 1000 }}>{summary}</div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
          <Mark />
          <div style={{ fontSize: 34, fontWeight: 700 }}>{siteName}</div>
          <div style={{ fontSize: 26, color: '#a7aebd' }}>an interactive course on serverless computing</div>
        </div>
      </div>
    ),
    { ...shareCardSize, fonts: interFonts() },
  );
}

/** The site icon (app/icon.svg) in boxes: bars of instances rising and falling back to zero. */
function Mark() {
  const bars = [
    { height: 30, color: '#ffffff' },
    { height: 54, color: '#ffffff' },
    { height: 24, color: '#cfe3fb' },
    { height: 6, color: '#cfe3fb' },
  ];
  return (
    <div style={{ display: 'flex', alignItems: 'flex-end', gap: 6, width: 72, height: 72, padding: '12px 10px', borderRadius: 16, background: '#0b62c4' }}>
      {bars.map((bar, i) => (
        <div key={i} style={{ width: 10, height: bar.height, borderRadius: 3, background: bar.color }} />
      ))}
    </div>
  );
}
