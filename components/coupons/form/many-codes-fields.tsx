"use client";
// The code pattern of "Create many codes", in place of the code field: how many, the prefix, the
// random part's length and characters, and five example codes that follow the pattern.
import { SelectField } from "@/components/ui/form/select-field";
import { TextField } from "@/components/ui/form/text-field";
import { MAX_FAMILY_SIZE, type AlphabetKey } from "@/lib/coupons/families/code-pattern";
import { ALPHABET_OPTIONS, type ManyCodes, type PatternDraft } from "./use-many-codes";

export function ManyCodesFields({ many }: { many: ManyCodes }) {
  const { draft, setDraft, parsed, examples } = many;
  const set = (key: keyof PatternDraft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });
  const error = (key: keyof PatternDraft) => (many.attempted || draft[key] !== "" ? parsed.errors?.[key] : undefined);
  return (
    <div className="space-y-4 rounded-lg border border-brand-100 bg-brand-50/40 p-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="many-count"
          label="How many codes"
          inputMode="numeric"
          value={draft.count}
          onChange={set("count")}
          error={error("count")}
          description={`1 to ${MAX_FAMILY_SIZE.toLocaleString("en-US")}, each for one customer, influencer or flyer.`}
        />
        <TextField
          id="many-prefix"
          label="Prefix"
          value={draft.prefix}
          onChange={set("prefix")}
          error={error("prefix")}
          placeholder="SUMMER-"
          autoComplete="off"
          spellCheck={false}
          className="[&_input]:font-mono"
          description="Every code starts with it, so the family is found by its codes on Wix too."
        />
        <TextField
          id="many-length"
          label="Random characters"
          inputMode="numeric"
          value={draft.length}
          onChange={set("length")}
          error={error("length")}
          description="After the prefix; prefix and random part together at most 20."
        />
        <SelectField
          id="many-alphabet"
          label="Characters"
          value={draft.alphabet}
          options={ALPHABET_OPTIONS}
          onChange={(event) => setDraft({ ...draft, alphabet: event.target.value as AlphabetKey })}
        />
      </div>
      <div>
        <p id="many-examples" className="text-sm font-medium text-zinc-700">
          Codes will look like
        </p>
        <ul aria-labelledby="many-examples" className="mt-1 flex flex-wrap gap-2">
          {examples.map((code) => (
            <li key={code} className="rounded-md border border-zinc-200 bg-white px-2 py-1 font-mono text-sm text-zinc-900">
              {code}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
