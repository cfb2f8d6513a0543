// The cart: catalogue items by category with search, a SKU typed or
// scanned, keyed amounts, quantities, discounts and the tip. Every figure
// comes from the app (`price_cart`): the page adds nothing up itself.
import { invoke, listen, $, show, errorText } from "./shared.js";
import { charge, renderEntry } from "./entry.js";
import { state } from "./state.js";

// `lines`: {sku, name, qty, amount, discount} as rung up; `priced`: the
// app's figures for them; `tip`: null (none chosen), "" (declined), "15%"
// or an amount; `asking`: the customer display is offering the tips.
export const cart = { lines: [], discount: "", tip: null, priced: null, problem: "", asking: false };
const catalogue = { items: [], tips: "off", presets: [], category: null };
// Each repricing is numbered; an answer to an older one is dropped.
let pricing = 0;

export function hasLines() {
  return cart.lines.length > 0;
}

// The cart is priced, with nothing left to correct.
export function ready() {
  return hasLines() && !!cart.priced && !cart.problem;
}

export function total() {
  return cart.priced ? cart.priced.total : null;
}

export function needsApproval() {
  return cart.priced && cart.priced.needs_approval;
}

export function withCatalog() {
  return catalogue.items.length > 0;
}

// The cart as `price_cart` and `charge` take it.
export function cartArg() {
  return {
    lines: cart.lines.map((l) => ({ sku: l.sku, qty: l.qty, amount: l.amount, discount: l.discount || null })),
    discount: cart.discount.trim() || null,
    tip: cart.tip || null,
  };
}

export async function loadCatalog() {
  try {
    // Nobody at the counter sells anything.
    const c = state.counter && state.counter.person
      ? await invoke("counter_catalog") : { items: [], tips: "off", tip_presets: [] };
    catalogue.items = c.items;
    catalogue.tips = c.tips;
    catalogue.presets = c.tip_presets;
  } catch (e) {
    catalogue.items = [];
    $("entry-message").textContent = errorText(e);
  }
  const on = withCatalog();
  $("entry").classList.toggle("with-catalog", on);
  document.querySelector(".layout").classList.toggle("selling-items", on);
  show($("pick-tabs"), on);
  show($("add-amount"), on);
  pick(on && !$("pick-keypad").classList.contains("chosen") ? "items" : "keypad");
  renderItems();
  renderCart();
}

// The Items or the Keypad side of the counter.
export function pick(which) {
  const items = which === "items" && withCatalog();
  show($("items-view"), items);
  show($("keypad-view"), !items);
  for (const [id, on] of [["pick-items", items], ["pick-keypad", !items]]) {
    $(id).classList.toggle("chosen", on);
    $(id).setAttribute("aria-selected", String(on));
  }
}

export function showingItems() {
  return withCatalog() && !$("items-view").hidden;
}

function matches(item, text) {
  const t = text.trim().toLowerCase();
  return !t || item.sku.toLowerCase().includes(t) || item.name.toLowerCase().includes(t);
}

function shown() {
  const text = $("sku").value;
  return catalogue.items.filter((i) =>
    matches(i, text) && (text.trim() || catalogue.category === null || (i.category || "") === catalogue.category));
}

function renderItems() {
  const cats = [...new Set(catalogue.items.map((i) => i.category || ""))];
  const box = $("categories");
  box.replaceChildren();
  if (cats.length > 1) {
    for (const [value, label] of [[null, "All"], ...cats.map((c) => [c, c || "Other"])]) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.classList.toggle("chosen", catalogue.category === value);
      b.setAttribute("aria-pressed", String(catalogue.category === value));
      b.addEventListener("click", () => {
        catalogue.category = value;
        renderItems();
      });
      box.append(b);
    }
  }
  const grid = $("items");
  grid.replaceChildren();
  const list = shown();
  for (const item of list) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "item";
    b.dataset.sku = item.sku;
    const name = document.createElement("b");
    name.textContent = item.name;
    const price = document.createElement("small");
    price.textContent = `${item.price} · ${item.sku}`;
    b.append(name, price);
    b.addEventListener("click", () => addItem(item));
    grid.append(b);
  }
  if (list.length === 0) {
    const none = document.createElement("p");
    none.className = "help";
    none.textContent = `No item matches "${$("sku").value.trim()}".`;
    grid.append(none);
  }
}

function addItem(item) {
  const line = cart.lines.find((l) => l.sku === item.sku && !l.discount);
  if (line) {
    line.qty += 1;
  } else {
    cart.lines.push({ sku: item.sku, name: item.name, qty: 1, amount: null, discount: "" });
  }
  $("entry-message").textContent = "";
  reprice();
}

// Enter in the SKU field: the item with that SKU (a scanner types it and
// Enter), or the one item the search leaves. False when the field is empty.
export function enterSku() {
  const text = $("sku").value.trim();
  if (!text) return false;
  const exact = catalogue.items.find((i) => i.sku === text.toUpperCase());
  const found = shown();
  const item = exact || (found.length === 1 ? found[0] : null);
  if (item) {
    addItem(item);
    $("sku").value = "";
    renderItems();
  } else {
    $("entry-message").textContent = found.length
      ? `${found.length} items match "${text}": tap one, or type more of it.`
      : `No item has the SKU ${text.toUpperCase()}.`;
  }
  return true;
}

// The amount on the keypad, as a line for what is not in the catalogue.
export function addAmount() {
  if (state.entry === "" || Number(state.entry) <= 0) return false;
  cart.lines.push({ sku: null, name: "Amount", qty: 1, amount: state.entry, discount: "" });
  state.entry = "";
  reprice();
  return true;
}

function changeQty(i, delta) {
  const line = cart.lines[i];
  if (line.qty + delta < 1) return;
  line.qty += delta;
  reprice();
}

function removeLine(i) {
  cart.lines.splice(i, 1);
  reprice();
}

// After a charge: the invoice has the cart now, and the display shows it.
export function forget() {
  cart.lines = [];
  cart.discount = "";
  cart.tip = null;
  cart.asking = false;
  cart.priced = null;
  cart.problem = "";
  $("cart-discount").value = "";
  renderCart();
}

export function clearCart() {
  cart.lines = [];
  cart.discount = "";
  cart.tip = null;
  cart.asking = false;
  $("cart-discount").value = "";
  reprice();
}

// Asks the app for the figures, then shows them here and to the customer.
export async function reprice() {
  const mine = ++pricing;
  cart.problem = "";
  if (!hasLines()) {
    cart.priced = null;
  } else {
    try {
      const priced = await invoke("price_cart", { cart: cartArg() });
      if (mine !== pricing) return;
      cart.priced = priced;
    } catch (e) {
      if (mine !== pricing) return;
      cart.priced = null;
      cart.problem = errorText(e);
    }
  }
  renderCart();
  renderEntry();
  showToCustomer();
}

// The cart on the customer display, with the tips to tap while asking.
function showToCustomer() {
  invoke("show_cart", { cart: cartArg(), askTip: cart.asking }).catch(() => {});
}

function renderCart() {
  show($("cart"), withCatalog() || hasLines());
  const ul = $("cart-lines");
  ul.replaceChildren();
  const fiat = state.counter ? state.counter.fiat : "";
  cart.lines.forEach((l, i) => {
    const priced = cart.priced && cart.priced.lines[i];
    const li = document.createElement("li");
    li.className = "cart-line";
    const name = document.createElement("span");
    name.className = "cart-name";
    name.textContent = l.amount ? `Amount ${l.amount}` : l.name;
    const qty = document.createElement("span");
    qty.className = "qty";
    const minus = lineButton("−", `One ${l.name} less`, () => changeQty(i, -1));
    minus.disabled = l.qty <= 1;
    const n = document.createElement("b");
    n.textContent = String(l.qty);
    qty.append(minus, n, lineButton("+", `One ${l.name} more`, () => changeQty(i, 1)));
    const sum = document.createElement("span");
    sum.className = "cart-sum";
    sum.textContent = priced ? priced.total : "";
    const off = lineButton(l.discount ? `−${l.discount}` : "%", `Discount on ${l.name}`, () => lineDiscount(i));
    off.classList.toggle("has-discount", !!l.discount);
    const remove = lineButton("✕", `Remove ${l.name}`, () => removeLine(i));
    li.append(name, qty, sum, off, remove);
    ul.append(li);
  });
  const figures = $("cart-figures");
  figures.replaceChildren();
  const p = cart.priced;
  const row = (label, value) => {
    const span = document.createElement("span");
    const b = document.createElement("b");
    b.textContent = value;
    span.append(label, b);
    figures.append(span);
  };
  if (p) {
    row("Subtotal", p.subtotal);
    if (Number(p.discount) > 0) row("Discount", `-${p.discount}`);
    row(p.prices_include_tax ? "Tax included" : "Tax", p.tax);
    if (Number(p.tip) > 0) row("Tip", p.tip);
  }
  $("cart-total").textContent = p ? `${p.total} ${fiat}` : `0 ${fiat}`;
  $("cart-message").textContent = cart.problem ||
    (p && p.needs_approval ? `A manager approves this: ${p.needs_approval}.` : "");
  renderTips();
}

function lineButton(text, label, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "small";
  b.textContent = text;
  b.setAttribute("aria-label", label);
  b.addEventListener("click", onClick);
  return b;
}

// A line's own discount, typed as 2.00 or 10%; empty takes it off.
function lineDiscount(i) {
  const line = cart.lines[i];
  const li = $("cart-lines").children[i];
  const input = document.createElement("input");
  input.className = "line-discount";
  input.value = line.discount;
  input.placeholder = "2.00 or 10%";
  input.setAttribute("aria-label", `Discount on ${line.name}`);
  const apply = () => {
    line.discount = input.value.trim();
    reprice();
  };
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault();
      apply();
    } else if (ev.key === "Escape") {
      ev.preventDefault();
      renderCart();
    }
  });
  input.addEventListener("change", apply);
  li.append(input);
  input.focus();
}

// The tip choices, when the shop offers tips: none, the presets, or an
// amount typed.
function renderTips() {
  const on = catalogue.tips !== "off" && hasLines();
  show($("tip-box"), on);
  const box = $("tip-choices");
  box.replaceChildren();
  if (!on) return;
  const choices = [["", "None"], ...catalogue.presets.map((p) => [`${p}%`, `${p} %`])];
  const custom = cart.tip && !choices.some(([v]) => v === cart.tip);
  for (const [value, label] of choices) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.setAttribute("role", "radio");
    b.setAttribute("aria-checked", String(cart.tip === value));
    b.classList.toggle("chosen", cart.tip === value);
    b.addEventListener("click", () => setTip(value));
    box.append(b);
  }
  const input = document.createElement("input");
  input.id = "tip-amount";
  input.placeholder = "Other";
  input.inputMode = "decimal";
  input.autocomplete = "off";
  input.setAttribute("aria-label", "Tip amount");
  input.value = custom ? cart.tip : "";
  input.classList.toggle("chosen", !!custom);
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault();
      setTip(input.value.trim() || "");
    }
  });
  input.addEventListener("change", () => setTip(input.value.trim() || ""));
  box.append(input);
}

function setDiscount() {
  const typed = $("cart-discount").value.trim();
  if (typed === cart.discount) return;
  cart.discount = typed;
  reprice();
}

function setTip(value) {
  cart.tip = value;
  reprice();
}

// Tips the customer taps on their display: asked once per sale, before
// the invoice.
export function tipFromCustomer() {
  return catalogue.tips === "customer" && hasLines() && cart.tip === null;
}

export function askCustomerTip() {
  cart.asking = true;
  showToCustomer();
  show($("tip-wait"), true);
  $("tip-skip").focus();
}

function stopWaiting() {
  show($("tip-wait"), false);
  if (cart.asking) {
    cart.asking = false;
    showToCustomer();
  }
}

export function wire() {
  $("pick-items").addEventListener("click", () => {
    pick("items");
    $("sku").focus();
  });
  $("pick-keypad").addEventListener("click", () => pick("keypad"));
  $("sku").addEventListener("input", renderItems);
  $("add-amount").addEventListener("click", addAmount);
  $("cart-clear").addEventListener("click", clearCart);
  $("cart-discount").addEventListener("change", setDiscount);
  $("cart-discount").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault();
      setDiscount();
    }
  });
  $("tip-skip").addEventListener("click", async () => {
    cart.tip = "";
    stopWaiting();
    await reprice();
    charge();
  });
  $("tip-back").addEventListener("click", stopWaiting);
  // The customer tapped a tip: it goes into the cart, and the sale is
  // charged with it.
  listen("customer_tip", async (choice) => {
    if (!cart.asking) return;
    cart.tip = choice === "none" ? "" : `${choice}%`;
    stopWaiting();
    await reprice();
    charge();
  });
}
