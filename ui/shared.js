// Shared by the counter and the customer display: the Tauri bridge, the
// words for each outcome, the countdown and the sound.

import { t, amount, crypto as cryptoAmount, trim, list } from "./i18n.js";

export { trim };

export const tauri = window.__TAURI__;
export const invoke = (cmd, args) => tauri.core.invoke(cmd, args);
export const listen = (event, handler) => tauri.event.listen(event, (e) => handler(e.payload));

export const $ = (id) => document.getElementById(id);

export function show(el, visible) {
  el.hidden = !visible;
}

// An error from a command is {code, message, l10n}: said in the shop's
// language where the catalogue has it, else in the app's own words.
export function errorText(e) {
  if (e && e.l10n) {
    const args = Object.fromEntries(Object.entries(e.l10n.args || {}).map(([k, v]) => [k, errorArg(k, v)]));
    const text = t(e.l10n.id, args);
    if (text !== e.l10n.id) return text;
  }
  return (e && e.message) || String(e);
}

// Arguments that name a thing (typed text, a SKU, an id) and stay as they
// came even when they look like a figure.
const AS_GIVEN = new Set(["text", "sku", "name", "was", "target", "id", "invoice", "number", "version",
  "choice", "cashier", "address", "key", "value"]);

// An error's argument in words: an invoice's status, a withdrawal's state
// and a role by their own messages, a list as "1, 3 or bc1" in the
// language, and figures sent as decimal strings (amounts, percentages) as
// it writes them.
function errorArg(key, v) {
  if (key === "status") return statusText(v);
  if (key === "state") return payoutStatusText(v);
  if (key === "role") return t(`role-${v}`);
  if (Array.isArray(v)) return list(v, true);
  return typeof v === "string" && !AS_GIVEN.has(key) && /^-?\d+(\.\d+)?$/.test(v) ? amount(v) : v;
}

// A sale's amount in its fiat, as the language writes it: "1.234,50 USD".
export function fiatOf(inv) {
  return `${amount(inv.amount_fiat)} ${inv.fiat}`;
}

// Seconds left until an RFC 3339 time, as m:ss; null when there is none.
export function countdown(expiresAt) {
  if (!expiresAt) return null;
  const left = Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
  const m = Math.floor(left / 60);
  const s = String(left % 60).padStart(2, "0");
  return { left, text: `${m}:${s}` };
}

// The words for an outcome, for staff (`detail`) and for the customer.
export function outcome(inv) {
  const asset = inv.currency;
  const words = {
    fiat: fiatOf(inv),
    paid: cryptoAmount(inv.paid_crypto),
    asked: `${cryptoAmount(inv.amount_crypto)} ${asset}`,
  };
  const late = lateWord(inv);
  const of = (kind) => ({
    kind,
    title: kind === "paid" && late ? t("outcome-paid-title-late", { late }) : t(`outcome-${kind}-title`),
    detail: kind === "failed" && inv.failure ? inv.failure : t(`outcome-${kind}-detail`, words),
    customer: t(`outcome-${kind}-customer`, words),
  });
  switch (inv.status) {
    case "paid":
    case "underpaid":
    case "expired":
    case "failed":
    case "cancelled":
      return of(inv.status);
    default:
      return null;
  }
}

// A sale's status in words ("paid", "underpaid"…).
export function statusText(status) {
  return t(`status-${status}`);
}

// A withdrawal's (or refund's) status in words ("pending", "completed"…).
export function payoutStatusText(status) {
  return t(`payout-status-${status}`);
}

// "paid late" or "completed" for money that came after an invoice closed
// (expired or cancelled, or underpaid and then topped up); "" otherwise.
export function lateWord(inv) {
  const flags = inv.flags || [];
  if (flags.includes("paid_late")) return t("outcome-paid-late");
  if (flags.includes("paid_in_parts")) return t("outcome-completed");
  return "";
}


// A short chime made on the spot: no sound file, no network.
export function chime(kind) {
  try {
    const ctx = new (window.AudioContext || window.webkitAudioContext)();
    const notes = kind === "paid" ? [660, 880] : [330, 262];
    notes.forEach((freq, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = freq;
      gain.gain.value = 0.2;
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + i * 0.18);
      osc.stop(ctx.currentTime + i * 0.18 + 0.16);
    });
  } catch (_) {
    // No audio device: the screen says it all.
  }
}

export function setSvg(el, svg) {
  // The SVG is built in Rust from the payment URI; it carries no script.
  el.innerHTML = svg || "";
}

// A sale's lines, then its figures under a rule (subtotal, discount, tax,
// tip), as two-column rows of `table`; hidden when there are no lines.
export function fillLines(table, lines, figures) {
  table.replaceChildren();
  const row = (left, right, cls) => {
    const tr = table.insertRow();
    if (cls) tr.className = cls;
    tr.insertCell().textContent = left;
    tr.insertCell().textContent = right;
  };
  for (const [left, right] of lines) row(left, right);
  figures.forEach(([label, value], i) => row(label, value, i === 0 ? "figure first-figure" : "figure"));
  show(table, lines.length > 0);
}
