// Shared by the counter and the customer display: the Tauri bridge, the
// words for each outcome, the countdown and the sound.

export const tauri = window.__TAURI__;
export const invoke = (cmd, args) => tauri.core.invoke(cmd, args);
export const listen = (event, handler) => tauri.event.listen(event, (e) => handler(e.payload));

export const $ = (id) => document.getElementById(id);

export function show(el, visible) {
  el.hidden = !visible;
}

// An error from a command is {code, message}; anything else is shown as is.
export function errorText(e) {
  return (e && e.message) || String(e);
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
  const crypto = (v) => `${v} ${inv.currency}`;
  const fiat = `${inv.amount_fiat} ${inv.fiat}`;
  const late = lateWord(inv);
  switch (inv.status) {
    case "paid":
      return { kind: "paid", title: `PAID${late ? ` (${late})` : ""}`, detail: `${fiat} received.`, customer: "Thank you! Payment received." };
    case "underpaid":
      return {
        kind: "underpaid",
        title: "UNDERPAID",
        detail: `Only ${trim(inv.paid_crypto)} of ${crypto(trim(inv.amount_crypto))} arrived. ` +
          "Ask the customer to send the rest to the same address (the QR asks for the rest only), or refund what arrived. " +
          "Do not hand over the goods yet: Counterpay keeps watching this invoice.",
        customer: `Payment incomplete: ${trim(inv.paid_crypto)} of ${crypto(trim(inv.amount_crypto))} arrived. ` +
          "Please send the rest.",
      };
    case "expired":
      return {
        kind: "expired",
        title: "EXPIRED",
        detail: `No payment has arrived for ${fiat}. If the customer says they paid, press Check again; ` +
          "money that arrives later is still taken and shown here.",
        customer: "This payment request has expired. Please see the cashier.",
      };
    case "failed":
      return { kind: "failed", title: "FAILED", detail: inv.failure || "The gateway did not create the invoice.", customer: "Payment could not be started. Please see the cashier." };
    case "cancelled":
      return {
        kind: "cancelled",
        title: "CANCELLED",
        detail: `The sale of ${fiat} was cancelled. If the customer paid anyway, press Check again; ` +
          "money that arrives later is still taken and shown here.",
        customer: "This payment was cancelled.",
      };
    default:
      return null;
  }
}

// "paid late" or "completed" for money that came after an invoice closed
// (expired or cancelled, or underpaid and then topped up); "" otherwise.
export function lateWord(inv) {
  const flags = inv.flags || [];
  if (flags.includes("paid_late")) return "paid late";
  if (flags.includes("paid_in_parts")) return "completed";
  return "";
}

export function trim(v) {
  if (v === null || v === undefined) return "?";
  const s = String(v);
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
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
