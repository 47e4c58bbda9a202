/**
 * Runs before first paint (inline in <head>) so the page never flashes the wrong theme.
 * A stored choice wins; otherwise the system's preference, which we keep following while
 * the learner has not chosen.
 */
const script = `(function(){try{var k='scale-to-zero:theme';var d=document.documentElement;var m=window.matchMedia('(prefers-color-scheme: dark)');function apply(){var s=localStorage.getItem(k);var dark=s==='dark'||(s!=='light'&&m.matches);d.classList.toggle('dark',dark);d.style.colorScheme=dark?'dark':'light';}apply();m.addEventListener('change',apply);window.addEventListener('storage',function(e){if(e.key===k)apply();});}catch(e){}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}

export const themeStorageKey = 'scale-to-zero:theme';
