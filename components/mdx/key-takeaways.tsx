import { ReadSentinel } from '@/components/progress/read-sentinel';

/** The end of a lesson: reaching it marks the lesson read (the sentinel sits at its bottom). */
export function makeKeyTakeaways(lessonKey: string) {
  return function KeyTakeaways({ children }: { children: React.ReactNode }) {
    return (
      <section aria-labelledby="key-takeaways" className="not-prose my-10 rounded-xl border border-line bg-accent-soft px-6 py-5">
        <h2 id="key-takeaways" className="text-lg font-bold">
          Key takeaways
        </h2>
        <div className="prose mt-2 max-w-none [&>:last-child]:mb-0">{children}</div>
        <ReadSentinel lessonKey={lessonKey} />
      </section>
    );
  };
}

export function Sources({ children }: { children: React.ReactNode }) {
  return (
    <section aria-labelledby="sources" className="mt-10 border-t border-line pt-6 text-sm">
      <h2 id="sources" className="!mt-0 text-base">
        Sources
      </h2>
      <div className="text-muted [&_li]:my-1">{children}</div>
    </section>
  );
}
