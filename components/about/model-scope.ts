/** What the model simulates, what it leaves out, and where it departs from real platforms. */

export interface Item {
  title: string;
  text: string;
}

export const simulated: Item[] = [
  { title: 'Arrivals', text: 'Requests arrive at random (a Poisson process) at a rate that can be constant, stepped, spiky, daily, on and off, or a ramp.' },
  { title: 'Service and cold starts', text: 'Each request runs for a random time; a new instance needs a random start-up time before it serves. Both can be constant, exponential or lognormal.' },
  { title: 'Instances', text: 'Every instance is tracked one by one: starting, busy, idle, draining, and how many requests it holds.' },
  { title: 'Three policies', text: 'Per-request (Lambda, Cloud Run, Azure: an instance per request up to the concurrency, kept alive for a while after), target tracking (Knative’s autoscaler, decision by decision), and a fixed fleet.' },
  { title: 'Limits and waiting', text: 'A cap on instances, a scale-up rate, and a queue with a size and a timeout; what does not fit is refused, as an HTTP 429 would be.' },
  { title: 'Cost', text: 'Per request, per GB-second of busy or starting time (or of every second alive), and per instance-hour for always-on servers.' },
];

export const notSimulated: Item[] = [
  { title: 'Billing rounding', text: 'Real bills round each request up: 1 ms on Lambda, 100 ms on Cloud Run, a 1 s minimum on Azure Flex Consumption. The model bills exact time, so for very short requests it can underestimate Cloud Run and Azure by a large factor.' },
  { title: 'Free tiers', text: 'Monthly free allowances (on Lambda a million requests and 400,000 GB-seconds) are not subtracted. At low traffic the real bill can be zero where the model shows cents.' },
  { title: 'Regional and account limits', text: 'The concurrency quota is shared by all functions of an account in a Region, and quotas differ by Region and by account age. The model has one function with its own limit.' },
  { title: 'Network time', text: 'No time is spent between the client and the platform, in load balancers, or in Knative’s activator hop. Latencies are the platform’s own: waiting, starting and running.' },
  { title: 'CPU and memory effects', text: 'Service time does not depend on memory size, on other requests sharing an instance, or on Cloud Run’s start-up CPU boost.' },
  { title: 'Failures and retries', text: 'Nothing crashes, times out mid-request or is retried; instances are not recycled after hours of use.' },
  { title: 'Allocation delays', text: 'Provisioned and minimum instances appear warm at once, also when raised mid-run.' },
];

export const departures: Item[] = [
  { title: 'Keep-alive is a fixed time', text: 'Real platforms keep idle instances for an undocumented, varying time (Lambda 5–7 min in 2021 measurements, earlier 10 min or more). The model keeps each one exactly the keep-alive, so cold-start counts are sharper than a real trace.' },
  { title: 'Cloud Run and Azure scale per request', text: 'Both have their own autoscalers (Cloud Run aims at 60 % of the concurrency limit over a minute). The model starts an instance only when every instance is full, so it runs them fuller and starts fewer than a real service.' },
  { title: 'Routing', text: 'Per-request platforms send a request to the newest ready instance with room; Knative’s to the pod with the most free slots. Real load balancers differ and are not documented in this detail.' },
  { title: 'Knative’s scale-to-zero grace', text: 'Knative applies the grace period in its scaler, after the decider has said 0: the pod autoscaler first turns inactive, and the last pod goes once the activator has been in the request path for the grace period. The grace is an upper bound: with Knative’s default burst capacity the activator is already in the path whenever only one or two pods run, so a cluster usually removes the last pod as soon as the autoscaler turns inactive. The model keeps the grace in the same place (after the decider, with the min/max bounds) but always waits the full grace from the first zero decision, so its last pod can live up to 30 s (the default grace) longer than on a cluster.' },
  { title: 'Knative features left out', text: 'Scale-down delay, initial scale, activation scale, scaling on requests per second, burst capacity and the activator as a proxy, pod retention, reachability: listed with Knative’s tests below, each with what you would see on a cluster.' },
  { title: 'Knative’s averages are exact', text: 'Knative averages per-second samples scraped from pods; the model integrates concurrency exactly. The decisions are Knative’s; the inputs to them are less noisy than a real cluster’s.' },
];

export const fixedInThisVersion: Item[] = [
  { title: 'Target per pod', text: 'With no target given, Knative aims at the concurrency limit × utilisation, and at its default 100 only when the limit is 0 (unlimited). The model used to aim at min(100, limit) × utilisation, so concurrency 120 at 80 % aimed at 80 instead of 96 (120 pods instead of 100 for 9,600 concurrent requests). It now follows Knative, and concurrency 0 means unlimited for target tracking.' },
  { title: 'Starting in panic', text: 'An autoscaler created over more than one ready pod starts in panic mode and holds that count for a stable window, as Knative’s does. It matters when a run rebuilds the autoscaler after a mid-run change of the decision interval: the fleet no longer drops on the new autoscaler’s first, empty averages.' },
];
