import { CopyButton } from './copy-button';

type PreProps = React.ComponentProps<'pre'> & { 'data-language'?: string };

const languageNames: Record<string, string> = { bash: 'Shell', sh: 'Shell', python: 'Python', py: 'Python', json: 'JSON', ts: 'TypeScript', js: 'JavaScript', plaintext: 'Text', text: 'Text', toml: 'TOML', yaml: 'YAML', powershell: 'PowerShell', http: 'HTTP' };

/** A code block: language label, copy button, and the highlighted <pre> that Shiki made at build time. */
export function Pre({ children, ...props }: PreProps) {
  const lang = props['data-language'] ?? 'plaintext';
  return (
    <div className="code-block" data-code-block="">
      <div className="flex items-center justify-between rounded-t-lg border border-b-0 border-line bg-bg-soft px-4 py-1.5 text-xs">
        <span className="font-semibold text-muted">{languageNames[lang] ?? lang}</span>
        <CopyButton />
      </div>
      {/* Focusable so keyboard users can scroll long lines sideways (axe: scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre {...props} tabIndex={0}>
        {children}
      </pre>
    </div>
  );
}

/** GFM tables scroll sideways on a phone instead of overflowing the page. */
export function Table({ 'data-label': label, ...props }: React.ComponentProps<'table'> & { 'data-label'?: string }) {
  return (
    // Focusable for the same reason as <pre>: a wide table scrolls by keyboard too.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="my-6 overflow-x-auto rounded-lg border border-line" role="region" aria-label={label ?? 'Table'} tabIndex={0}>
      <table {...props} className="!my-0 min-w-full text-sm [&_td]:px-3 [&_th]:px-3" />
    </div>
  );
}
