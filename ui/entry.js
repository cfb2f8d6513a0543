// The amount entry: keypad, asset picker and the Charge button, which
// charges the cart when there is one and the typed amount otherwise.
import { invoke, $, errorText } from "./shared.js";
import * as cart from "./cart.js";
import { askApproval } from "./people.js";
import { showSale } from "./payment.js";
import { loadRecent } from "./recent.js";
import { state } from "./state.js";
import { t, amount, assetName, decimalSeparator, onLanguage } from "./i18n.js";
import { mark } from "./marks.js";

function amountValue() {
  return state.entry === "" ? 0 : Number(state.entry);
}

// What Charge would charge, for the gateways' limits and the button: the
// cart's total once it has lines (a typed amount joins it as a line).
function chargeValue() {
  return cart.hasLines() ? Number(cart.total() || 0) : amountValue();
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

// The asset buttons and limits in the language just chosen.
onLanguage(() => renderEntry());

export function renderEntry() {
  const shown = state.entry === "" ? "0" : state.entry.replace(".", decimalSeparator());
  $("amount").textContent = shown;
  renderAssets();
  const ready = cart.hasLines() ? cart.ready() : amountValue() > 0;
  $("charge").disabled = charging || !(ready && state.asset && state.counter && state.counter.provider);
  $("add-amount").disabled = amountValue() <= 0;
}

// Only what the gateway takes for this amount; the rest greyed with why.
function limitText(c, fiat) {
  if (c.limits_fiat !== fiat) return null;
  const v = chargeValue();
  if (c.min_amount_fiat && v > 0 && v < Number(c.min_amount_fiat)) {
    return t("limit-min", { amount: amount(c.min_amount_fiat) });
  }
  if (c.max_amount_fiat && v > Number(c.max_amount_fiat)) return t("limit-max", { amount: amount(c.max_amount_fiat) });
  return null;
}

// The asset last brought into sight.
let inSight = null;

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
    // The name a customer knows, with its network: "USDT · Tron (TRC-20)".
    const words = assetName(c.code, c.label);
    const name = document.createElement("span");
    name.className = "asset-name";
    name.append(mark(c.code), words);
    b.append(name);
    b.setAttribute("aria-label", `${words} (${c.code})`);
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
  // On a small screen the assets scroll: one chosen comes into sight (once,
  // not on every key the cashier presses).
  const chosen = box.querySelector(".chosen");
  if (chosen && state.asset !== inSight) {
    inSight = state.asset;
    if (box.scrollHeight > box.clientHeight) chosen.scrollIntoView({ block: "nearest" });
  }
}

// A charge under way: Charge stays greyed until it is done.
let charging = false;

export async function charge() {
  // Where the counter sells through the cart, a typed amount is a line of it.
  if (cart.selling() && amountValue() > 0) await cart.addAmount();
  if ($("charge").disabled) return;
  const carted = cart.hasLines();
  if (carted && cart.tipFromCustomer()) {
    cart.askCustomerTip();
    return;
  }
  let approval = null;
  if (carted && cart.needsApproval()) {
    const over = cart.needsApproval();
    approval = await askApproval(t("approval-title"),
      t("approval-why", { share: amount(over.share), limit: amount(over.limit) }));
    if (!approval) return;
  }
  charging = true;
  renderEntry();
  $("entry-message").textContent = t("creating-invoice");
  try {
    const view = await invoke("charge", {
      amount: carted ? null : state.entry,
      currency: state.asset,
      note: $("note").value.trim() || null,
      cart: carted ? cart.cartArg() : null,
      approval,
    });
    $("entry-message").textContent = "";
    if (carted) cart.forget();
    showSale(view);
    loadRecent();
  } catch (e) {
    $("entry-message").textContent = errorText(e);
    loadRecent();
  } finally {
    charging = false;
    renderEntry();
  }
}

export function wire() {
  document.querySelectorAll("#keypad button").forEach((b) =>
    b.addEventListener("click", () => press(b.dataset.key)));
  $("charge").addEventListener("click", charge);
}
