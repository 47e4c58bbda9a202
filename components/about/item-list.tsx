import type { Item } from './model-scope';

export function ItemList({ items }: { items: Item[] }) {
  return (
    <ul className="mt-4 flex flex-col gap-3">
      {items.map((i) => (
        <li key={i.title}>
          <strong className="font-semibold">{i.title}.</strong> {i.text}
        </li>
      ))}
    </ul>
  );
}
