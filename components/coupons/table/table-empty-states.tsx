"use client";
// The table's "nothing here" states: no coupons yet, nothing matching, past the last page. Rare
// enough to load when first shown rather than with the page.
import { Plus, SearchIcon } from "@/components/ui/icons";
import { Panel, PRIMARY, SECONDARY } from "./table-states";

export function EmptyState({ canEdit }: { canEdit: boolean }) {
  return (
    <Panel icon={<Plus />} title="No coupons yet" role="status">
      <p className="mt-1 max-w-sm text-sm text-zinc-600">Coupons you create here or in your Wix dashboard will appear in this list.</p>
      {canEdit ? (
        <a href="/coupons/new" className={PRIMARY}>
          <Plus /> Create a coupon
        </a>
      ) : null}
    </Panel>
  );
}

/**
 * A link to the cleared view, not a bare button: it works before the table's script has loaded
 * (this state is server-rendered), and in-page once it has.
 */
export function NoMatchState({ clearHref, onClear }: { clearHref: string; onClear: () => void }) {
  return (
    <Panel icon={<SearchIcon />} title="No coupons match" role="status">
      <p className="mt-1 max-w-sm text-sm text-zinc-600">
        Nothing fits this search and these filters. Check the spelling of the code, or widen the filters.
      </p>
      <a
        href={clearHref}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          onClear();
        }}
        className={SECONDARY}
      >
        Clear search and filters
      </a>
    </Panel>
  );
}

export function PastEndState({ lastPage, onGo }: { lastPage: number; onGo: () => void }) {
  return (
    <Panel title="This page is past the end of the list" role="status">
      <p className="mt-1 text-sm text-zinc-600">Coupons may have been deleted since the link was made.</p>
      <button type="button" onClick={onGo} className={SECONDARY}>
        Go to page {lastPage.toLocaleString("en-US")}
      </button>
    </Panel>
  );
}
