import localFont from 'next/font/local';

// Inter from an npm package: next/font/google would fetch at build time, and the build runs offline.
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  weight: '100 900',
  display: 'swap',
});
