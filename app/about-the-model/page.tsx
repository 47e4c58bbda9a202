import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site';
import { ItemList } from '@/components/about/item-list';
import { KnativeTables } from '@/components/about/knative-tables';
import { departures, fixedInThisVersion, notSimulated, simulated } from '@/components/about/model-scope';
import { PresetTables } from '@/components/about/preset-tables';
import { ValidationTables } from '@/components/about/validation-tables';

export const metadata: Metadata = pageMetadata({
  title: 'About the model',
  description:
    'What the course’s simulations model and leave out, where every platform figure comes from, how the engine is checked against queueing theory and Knative’s own tests, and where it departs from real platforms.',
  path: '/about-the-model/',
});

const h2 = 'mt-14 scroll-mt-24 text-2xl font-bold tracking-tight';
const sections = [
  ['trust', 'How far to trust a number'],
  ['scope', 'What is simulated, and what is not'],
  ['presets', 'Platform presets and their sources'],
  ['validation', 'Validation'],
  ['departures', 'Known departures from real platforms'],
  ['reproduce', 'Checking it yourself'],
] as const;

export default function AboutTheModelPage() {
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-12 sm:px-6">
      <h1 className="text-4xl font-bold tracking-tight">About the model</h1>
      <p className="mt-3 text-lg text-muted">
        Every widget and the playground run the same simulation in your browser. This page says what it includes, where its numbers come from,
        how it is checked, and where a real platform would behave differently: read it before quoting a figure.
      </p>
      <nav aria-label="On this page" className="mt-8 rounded-lg border border-line bg-bg-soft px-5 py-4">
        <p className="text-sm font-semibold">On this page</p>
        <ol className="mt-2 list-decimal pl-5 text-sm">
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`} className="inline-block py-1 text-accent underline underline-offset-4">
                {title}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <h2 id="trust" className={h2}>How far to trust a number</h2>
      <ul className="mt-4 flex list-disc flex-col gap-2 pl-5">
        <li>
          <strong>Comparisons and shapes: trust them.</strong> Which setting gives more cold starts, how a longer keep-alive trades idle instances
          for fewer cold starts, when a fleet starts refusing requests: the engine matches queueing theory to within a few per cent (below).
        </li>
        <li>
          <strong>Knative’s decisions: trust them step by step.</strong> Given the same averages, the model’s autoscaler decides what Knative’s
          own code decides in every case of its unit tests that the model can express.
        </li>
        <li>
          <strong>Latencies: a lower bound.</strong> No network time is added, and keep-alive is exact where real platforms vary, so real
          latencies are higher and cold starts less predictable.
        </li>
        <li>
          <strong>Costs: the right order of magnitude.</strong> List prices at the dates below, without free tiers or billing rounding: an
          estimate for comparing options, not a bill.
        </li>
      </ul>

      <h2 id="scope" className={h2}>What is simulated, and what is not</h2>
      <p className="mt-4">
        A discrete-event simulation: it jumps from one event (an arrival, a start, a departure, a decision) to the next, with seeded random
        numbers, so the same settings always give the same run.
      </p>
      <h3 className="mt-6 text-xl font-semibold">Simulated</h3>
      <ItemList items={simulated} />
      <h3 className="mt-6 text-xl font-semibold">Not simulated</h3>
      <ItemList items={notSimulated} />

      <h2 id="presets" className={h2}>Platform presets and their sources</h2>
      <p className="mt-4">
        Each platform choice in the widgets and the playground starts from one of these presets. The values are read from the engine itself.
        Dates are those of the documentation or measurement; the sources were read up to September 2026. Prices are US list prices
        (us-east-1 or Tier 1).
      </p>
      <PresetTables />

      <h2 id="validation" className={h2}>Validation</h2>
      <p className="mt-4">
        Each figure below comes from a simulated run, set against a result computed independently. The allowed difference is fixed in advance,
        at least four times how much the figure varies from one random seed to another, so a row falls outside only when the model changes.
        These tables are the ones the last <code>npm run validate</code> wrote.
      </p>
      <ValidationTables />
      <section className="mt-6 rounded-lg border border-line bg-bg-soft px-5 py-4">
        <h3 id="cold-derivation" className="text-lg font-semibold">Where the cold-start references come from</h3>
        <p className="mt-2">
          Requests arrive at random at rate λ, so the time from an instance going idle to the next arrival is exponential: it exceeds the
          keep-alive K with probability e<sup>−λK</sup>.
        </p>
        <p className="mt-2">
          <strong>One instance, one request at a time.</strong> Every served request ends an idle gap, and that gap alone decides whether the
          instance was still alive: cold ÷ served = e<sup>−λK</sup>. A request arriving while the instance is busy is refused; since random
          arrivals see the time averages (PASTA), the refused share is the busy share of time, λh ÷ (1 + λh), where h = E[service] + e
          <sup>−λK</sup> × E[cold start] is the mean time the instance is held per served request.
        </p>
        <p className="mt-2">
          <strong>One instance that takes every request, instant start.</strong> The requests in progress then behave as an M/G/∞ queue, whose
          count is Poisson with mean λE[S] whatever the service-time distribution, so the instance is empty a share e<sup>−λE[S]</sup> of the
          time. An arrival finding it empty is cold if the emptiness has lasted longer than K: cold ÷ arrived = e<sup>−λ(K + E[S])</sup>.
        </p>
      </section>
      <h3 id="knative" className="mt-10 text-xl font-semibold">Knative’s autoscaler against Knative’s tests</h3>
      <KnativeTables />

      <h2 id="departures" className={h2}>Known departures from real platforms</h2>
      <ItemList items={departures} />
      <h3 className="mt-8 text-xl font-semibold">Corrected in this version</h3>
      <ItemList items={fixedInThisVersion} />

      <h2 id="reproduce" className={h2}>Checking it yourself</h2>
      <p className="mt-4">
        In the course’s repository, <code>npm run validate</code> reruns every table on this page in about half a minute and fails if a row
        falls outside its allowance; <code>npm run validate -- --spread</code> measures each allowance against ten seeds. Knative’s cases are
        plain data in <code>simulations/validation/knative-cases.ts</code>, each naming its Go test and file. The engine’s design is described
        in <code>docs/simulation-model.md</code>, and every preset figure is cited beside its value in <code>simulations/presets.ts</code>.
      </p>
    </main>
  );
}
