// What the screens say, and how they write numbers and times: one Fluent
// catalogue per language (locales/<tag>/, a file per room), English under
// each for a message a catalogue lacks, and amounts formatted from the
// app's decimal strings digit by digit, never through a float.
import { FluentBundle, FluentResource } from "./vendor/fluent/index.js";

const bundles = new Map();
// Null until a language is loaded: messages then fall back to English.
let current = null;
// The language's decimal separator and digit grouping, and its clock.
let numbers = separators("en");
let clock = null;
let calendar = null;
let days = null;
let stamp = null;
// Today's date in the till's zone, as digits in a fixed order.
let todayParts = null;
// "a, b or c" and "a, b and c" in the language.
let either = null;
let both = null;
// The till's time zone (an IANA name); undefined: the computer's.
let zone;
formats("en");

// The locale's clock (24-hour where that is the custom), its dates, and
// the two together, in the till's zone.
function formats(tag) {
  const timeZone = zone;
  clock = new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", timeZone });
  const dates = { year: "numeric", month: "2-digit", day: "2-digit" };
  calendar = new Intl.DateTimeFormat(tag, { ...dates, timeZone });
  // A calendar day is that day wherever the till is: kept in UTC, so no
  // zone moves it.
  days = new Intl.DateTimeFormat(tag, { ...dates, timeZone: "UTC" });
  stamp = new Intl.DateTimeFormat(tag, { ...dates, hour: "2-digit", minute: "2-digit", timeZone });
  todayParts = new Intl.DateTimeFormat("en", { ...dates, timeZone });
  either = new Intl.ListFormat(tag, { type: "disjunction" });
  both = new Intl.ListFormat(tag);
}

// Screens that word what script set redraw themselves when the language
// changes: a marked element is retranslated by `translate`, the rest by
// these.
const redraws = [];

export function onLanguage(redraw) {
  redraws.push(redraw);
}

// Writes times in the till's zone from now on (`null`: the computer's).
export function useZone(name) {
  if ((name || undefined) === zone) return;
  zone = name || undefined;
  formats(current || "en");
}

// The rooms: the counter (with the customer display, receipts and the
// gates before it), and the back office's money and setup tabs.
const FILES = ["counter", "office-money", "office-setup"];

async function load(tag) {
  if (bundles.has(tag)) return;
  const texts = await Promise.all(FILES.map(async (file) => {
    const response = await fetch(new URL(`locales/${tag}/${file}.ftl`, import.meta.url));
    if (!response.ok) throw new Error(`locales/${tag}/${file}.ftl: ${response.status}`);
    return [file, await response.text()];
  }));
  const bundle = new FluentBundle(tag, { useIsolating: false });
  for (const [file, text] of texts) {
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length) console.error(`locales/${tag}/${file}.ftl`, errors);
  }
  bundles.set(tag, bundle);
}

// Speaks `tag` from now on, and says so on every marked element under
// `root` (the window's title included).
export async function useLanguage(tag, root = document.documentElement) {
  await load("en");
  try {
    await load(tag);
    current = tag;
  } catch (e) {
    console.error(`no catalogue for ${tag}`, e);
    current = "en";
  }
  document.documentElement.lang = current;
  numbers = separators(current);
  formats(current);
  translate(root);
  for (const redraw of redraws) redraw();
}

export function language() {
  return current;
}

function message(id) {
  for (const bundle of [bundles.get(current), bundles.get("en")]) {
    const m = bundle && bundle.getMessage(id);
    if (m) return [bundle, m];
  }
  return [null, null];
}

// The message `id` (or `id.attribute`) with `args`; the id itself when no
// catalogue has it, so a missing message shows and is found.
export function t(id, args) {
  const [name, attribute] = id.split(".");
  const [bundle, m] = message(name);
  const pattern = m && (attribute ? m.attributes[attribute] : m.value);
  return pattern ? format(bundle, pattern, args, id) : id;
}

// A message formatted; what goes wrong (an argument missing) is logged
// and the message shown as far as it goes, never thrown at the screen.
function format(bundle, pattern, args, id) {
  const errors = [];
  const text = bundle.formatPattern(pattern, args, errors);
  if (errors.length) console.error(id, errors);
  return text;
}

// Every element under `root` with `data-l10n-id` gets its message as its
// text (when the message has a value) and its attributes (placeholder,
// aria-label, title) from the message's attributes; day fields write
// their day the language's way.
function translate(root) {
  const marked = root.matches && root.matches("[data-l10n-id]") ? [root] : [];
  for (const el of [...marked, ...root.querySelectorAll("[data-l10n-id]")]) {
    const [bundle, m] = message(el.dataset.l10nId);
    if (!m) {
      el.textContent = el.dataset.l10nId;
      continue;
    }
    const id = el.dataset.l10nId;
    if (m.value) el.textContent = format(bundle, m.value, undefined, id);
    for (const [name, pattern] of Object.entries(m.attributes || {})) {
      el.setAttribute(name, format(bundle, pattern, undefined, `${id}.${name}`));
    }
  }
  for (const field of root.querySelectorAll(".day-field")) {
    field.value = date(field.dataset.day);
    field.placeholder = date(today());
  }
}

// A locale's decimal separator and digit grouping.
function separators(locale) {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const part = (type, fallback) => (parts.find((p) => p.type === type) || { value: fallback }).value;
  // Some locales (es) group only numbers of five digits or more.
  const fourGrouped = new Intl.NumberFormat(locale).formatToParts(1234).some((p) => p.type === "group");
  return { decimal: part("decimal", "."), group: part("group", ","), minimum: fourGrouped ? 4 : 5 };
}

export function decimalSeparator() {
  return numbers.decimal;
}

// A figure a person typed with the language's decimal separator ("12,50",
// "10,5%"), as the app reads it ("12.50"). Grouping is not undone: a
// figure typed with it is refused by the app, never misread.
export function typed(text) {
  return numbers.decimal === "." ? text : text.replaceAll(numbers.decimal, ".");
}

// A decimal string from the app as a person types it: the language's
// decimal separator, no grouping.
export function forTyping(text) {
  return text === null || text === undefined ? "" : String(text).replace(".", numbers.decimal);
}

// A decimal string ("1234.50", "-0.00012") as the locale writes it, every
// digit kept: fiat amounts come with exactly their minor units, crypto
// amounts with all their significant digits.
export function amount(text) {
  if (text === null || text === undefined || text === "") return "";
  const s = String(text);
  if (!/^-?\d+(\.\d+)?$/.test(s)) return s;
  const { decimal, group, minimum } = numbers;
  const negative = s.startsWith("-");
  const [whole, fraction] = (negative ? s.slice(1) : s).split(".");
  let grouped = whole;
  if (whole.length >= minimum) {
    grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  }
  return `${negative ? "-" : ""}${grouped}${fraction !== undefined ? decimal + fraction : ""}`;
}

// A decimal string without trailing zeros; "?" for none.
export function trim(v) {
  if (v === null || v === undefined) return "?";
  const s = String(v);
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

// A crypto amount without trailing zeros, as the locale writes it.
export function crypto(text) {
  return text === null || text === undefined ? "?" : amount(trim(text));
}

// A time of day as the locale writes it.
export function time(iso) {
  return iso ? clock.format(new Date(iso)) : "";
}

// A day as the locale writes it: an RFC 3339 time, or a calendar day
// ("2026-12-01", taken as that day wherever the till is).
export function date(text) {
  if (!text) return "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return days.format(new Date(`${text}T12:00:00Z`));
  return calendar.format(new Date(text));
}

// A day typed the language's way (its order of day, month and year, any
// separator, or YYYY-MM-DD) as YYYY-MM-DD; null when it is no such day.
export function typedDay(text) {
  const figures = (text.match(/\d+/g) || []).map(Number);
  if (figures.length !== 3) return null;
  const order = /^\s*\d{4}\D/.test(text)
    ? ["year", "month", "day"]
    : days.formatToParts(new Date(Date.UTC(2026, 11, 31, 12))).map((p) => p.type)
      .filter((type) => type === "day" || type === "month" || type === "year");
  const f = Object.fromEntries(order.map((type, i) => [type, figures[i]]));
  if (f.year < 100) f.year += 2000;
  const d = new Date(Date.UTC(f.year, f.month - 1, f.day, 12));
  if (d.getUTCFullYear() !== f.year || d.getUTCMonth() !== f.month - 1 || d.getUTCDate() !== f.day) return null;
  return d.toISOString().slice(0, 10);
}

// Today in the till's zone, as YYYY-MM-DD (what the app takes).
export function today() {
  const parts = todayParts.formatToParts(new Date());
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

// A day and time of day as the locale writes them.
export function dateTime(iso) {
  return iso ? stamp.format(new Date(iso)) : "";
}

// Items as a list in the language: "1, 3 or bc1" (`or`), "a, b and c".
export function list(items, or = false) {
  return (or ? either : both).format(items.map(String));
}

// An asset as a customer reads it: "USDT · Tron (TRC-20)", "Bitcoin".
export function assetName(code, label) {
  if (!label) return code;
  return label.network ? `${label.name} · ${label.network}` : label.name;
}
