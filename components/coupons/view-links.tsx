import Link from "next/link";

interface ViewLinksProps {
  views: { id: string; label: string }[];
  current: string;
  hrefFor: (view: string) => string;
}

/** The list's named views; only those the backend can answer are passed in. Plain links. */
export function ViewLinks({ views, current, hrefFor }: ViewLinksProps) {
  if (views.length < 2) return null;
  return (
    <nav aria-label="Views">
      <ul className="flex flex-wrap gap-2">
        {views.map((view) => (
          <li key={view.id}>
            <Link
              href={hrefFor(view.id)}
              aria-current={view.id === current ? "page" : undefined}
              className={
                view.id === current
                  ? "rounded-full bg-zinc-900 px-3 py-1 text-sm font-medium text-white"
                  : "rounded-full border border-zinc-300 bg-white px-3 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-zinc-900"
              }
            >
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
