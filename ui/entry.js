// The amount entry: keypad, asset picker and the Charge button.
import { invoke, $, errorText } from "./shared.js";
import { showSale } from "./payment.js";
import { loadRecent } from "./recent.js";
import { state } from "./state.js";

function amountValue() {
  return state.entry === "" ? 0 : Number(state.entry);
}

export function press(key) {
  if (state.invoice) return;
  const scale = state.counter ? state.counter.fiat_scale : 2;
  let e = state.entry;
  if (key === "Backspace") {
    e = e.slice(0, -1);
  } else if (key === "." || key === ",") {
    if (scale === 0 || e.includes(".")) return;
    e = (e === "" ? "0" : e) + ".";
  } else if (/^[0-9]$/.test(key)) {
    const [whole, frac] = e.split(".");
    if (frac !== undefined && frac.length >= scale) return;
    if (frac === undefined && whole.replace(/^0+/, "").length >= 9) return;
    e = e === "0" ? key : e + key;
  } else {
    return;
  }
  state.entry = e;
  $("entry-message").textContent = "";
  renderEntry();
}

export function renderEntry() {
  const shown = state.entry === "" ? "0" : state.entry.replace(".", state.decimal);
  $("amount").textContent = shown;
  renderAssets();
  $("charge").disabled = !(amountValue() > 0 && state.asset && state.counter && state.counter.provider);
}

// Only what the gateway takes for this amount; the rest greyed with why.
function limitText(c, fiat) {
  if (c.limits_fiat !== fiat) return null;
  const v = amountValue();
  if (c.min_amount_fiat && v > 0 && v < Number(c.min_amount_fiat)) return `min ${c.min_amount_fiat}`;
  if (c.max_amount_fiat && v > Number(c.max_amount_fiat)) return `max ${c.max_amount_fiat}`;
  return null;
}

function renderAssets() {
  const box = $("assets");
  box.replaceChildren();
  const fiat = state.counter ? state.counter.fiat : "USD";
  let chosenOk = false;
  for (const c of state.currencies) {
    const b = document.createElement("button");
    b.type = "button";
    b.dataset.code = c.code;
    const limit = limitText(c, fiat);
    b.textContent = c.code;
    if (limit) {
      b.disabled = true;
      b.title = limit;
      const small = document.createElement("small");
      small.textContent = limit;
      b.append(small);
    }
    if (c.code === state.asset && !limit) {
      b.classList.add("chosen");
      chosenOk = true;
    }
    b.addEventListener("click", () => {
      state.asset = c.code;
      renderEntry();
    });
    box.append(b);
  }
  if (!chosenOk) {
    const first = state.currencies.find((c) => !limitText(c, fiat));
    if (first && first.code !== state.asset) {
      state.asset = first.code;
      renderAssets();
    }
  }
}

export async function charge() {
  if ($("charge").disabled) return;
  $("charge").disabled = true;
  $("entry-message").textContent = "Creating the invoice…";
  try {
    const view = await invoke("charge", {
      amount: state.entry,
      currency: state.asset,
      note: $("note").value.trim() || null,
    });
    $("entry-message").textContent = "";
    showSale(view);
    loadRecent();
  } catch (e) {
    $("entry-message").textContent = errorText(e);
    loadRecent();
  } finally {
    renderEntry();
  }
}

export function wire() {
  document.querySelectorAll("#keypad button").forEach((b) =>
    b.addEventListener("click", () => press(b.dataset.key)));
  $("charge").addEventListener("click", charge);
}
