// The cart: catalogue items by category with search, a SKU typed or
// scanned, keyed amounts, quantities, discounts and the tip. Every figure
// comes from the app (`price_cart`): the page adds nothing up itself.
import { invoke, listen, $, show, errorText } from "./shared.js";
import { charge, renderEntry } from "./entry.js";
import { state } from "./state.js";
import { t, amount, typed, forTyping } from "./i18n.js";

// `lines`: {key, sku, name, qty, amount, discount} as rung up; `priced`:
// the app's figures for them, `stale` while a change is being priced;
// `tip`: null (none chosen), "" (declined), "15%" or an amount; `asking`:
// the customer display is offering the tips.
export const cart = {
  lines: [], discount: "", tip: null, priced: null, stale: false, problem: "", asking: false,
};
const catalogue = { items: [], tips: "off", presets: [], category: null };
// Each repricing is numbered; an answer to an older one is dropped.
let pricing = 0;
// Each line's key, for its buttons: a line, not a position.
let nextKey = 1;

export function hasLines() {
  return cart.lines.length > 0;
}

// The cart is priced as it stands, with nothing left to correct.
export function ready() {
  return hasLines() && !!cart.priced && !cart.stale && !cart.problem;
}

export function total() {
  return cart.priced ? cart.priced.total : null;
}

export function needsApproval() {
  return cart.priced && cart.priced.needs_approval;
}

function withCatalog() {
  return catalogue.items.length > 0;
}

// The counter sells through the cart: with items to tap, or tips to ask.
export function selling() {
  return withCatalog() || catalogue.tips !== "off";
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
  const on = selling();
  $("entry").classList.toggle("with-catalog", on);
  document.querySelector(".layout").classList.toggle("selling-items", on);
  show($("pick-tabs"), withCatalog());
  show($("add-amount"), on);
  pick(withCatalog() && !$("pick-keypad").classList.contains("chosen") ? "items" : "keypad");
  renderItems();
  // A price or an item changed under an open cart: its figures are new.
  if (hasLines()) {
    reprice();
  } else {
    renderCart();
  }
}

// The Items or the Keypad side of the counter.
function pick(which) {
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

// The items the search (or else the category) leaves.
function shown() {
  const text = $("sku").value.trim().toLowerCase();
  return catalogue.items.filter((i) => text
    ? i.sku.toLowerCase().includes(text) || i.name.toLowerCase().includes(text)
    : catalogue.category === null || (i.category || "") === catalogue.category);
}

// A button the cart redraws, found again by `act` and `key` so that focus
// stays where the keyboard left it.
function button(text, label, act, key, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  if (label) b.setAttribute("aria-label", label);
  b.dataset.act = act;
  b.dataset.key = String(key);
  b.addEventListener("click", onClick);
  return b;
}

// Runs `draw`, then puts focus back on the button that had it.
function keepingFocus(draw) {
  const had = document.activeElement;
  const spot = had && had.dataset && had.dataset.act ? [had.dataset.act, had.dataset.key] : null;
  draw();
  if (!spot || document.activeElement !== document.body) return;
  const again = document.querySelector(`[data-act="${spot[0]}"][data-key="${CSS.escape(spot[1])}"]`);
  if (again && !again.disabled) {
    again.focus();
  } else if (showingItems()) {
    $("sku").focus();
  }
}

function renderItems() {
  keepingFocus(() => {
    const cats = [...new Set(catalogue.items.map((i) => i.category || ""))];
    const box = $("categories");
    box.replaceChildren();
    if (cats.length > 1) {
      for (const [value, label] of [[null, t("category-all")], ...cats.map((c) => [c, c || t("category-other")])]) {
        const b = button(label, null, "category", value === null ? "*" : value, () => {
          catalogue.category = value;
          renderItems();
        });
        b.classList.toggle("chosen", catalogue.category === value);
        b.setAttribute("aria-pressed", String(catalogue.category === value));
        box.append(b);
      }
    }
    const grid = $("items");
    grid.replaceChildren();
    const list = shown();
    for (const item of list) {
      const b = button("", `${item.name}, ${amount(item.price)}`, "item", item.sku, () => addItem(item));
      b.className = "item";
      b.dataset.sku = item.sku;
      const name = document.createElement("b");
      name.textContent = item.name;
      const price = document.createElement("small");
      price.textContent = `${amount(item.price)} · ${item.sku}`;
      b.append(name, price);
      grid.append(b);
    }
    if (list.length === 0 && catalogue.items.length) {
      const none = document.createElement("p");
      none.className = "help";
      none.textContent = t("items-none-match", { text: $("sku").value.trim() });
      grid.append(none);
    }
  });
}

function addItem(item) {
  const line = cart.lines.find((l) => l.sku === item.sku && !l.discount);
  if (line) {
    line.qty += 1;
  } else {
    cart.lines.push({ key: nextKey++, sku: item.sku, name: item.name, qty: 1, amount: null, discount: "" });
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
      ? t("items-many-match", { count: found.length, text })
      : t("items-no-sku", { sku: text.toUpperCase() });
  }
  return true;
}

// The amount on the keypad, as a line for what is not in the catalogue;
// the repricing under way, or null when no amount is typed.
export function addAmount() {
  if (state.entry === "" || Number(state.entry) <= 0) return null;
  cart.lines.push({ key: nextKey++, sku: null, name: "Amount", qty: 1, amount: state.entry, discount: "" });
  state.entry = "";
  return reprice();
}

function changeQty(line, delta) {
  if (line.qty + delta < 1) return;
  line.qty += delta;
  reprice();
}

function removeLine(line) {
  cart.lines = cart.lines.filter((l) => l !== line);
  reprice();
}

// Empties the cart: after a charge (the invoice has the cart now, and
// the display shows it), or when it is cleared or its person leaves.
export function forget() {
  pricing += 1;
  stopWaiting();
  cart.lines = [];
  cart.discount = "";
  cart.tip = null;
  cart.priced = null;
  cart.stale = false;
  cart.problem = "";
  $("cart-discount").value = "";
  renderCart();
  renderEntry();
}

function clearCart() {
  forget();
  showToCustomer();
}

// Asks the app for the figures, then shows them here and to the customer.
// Until they come, the lines show without them and Charge waits.
async function reprice() {
  const mine = ++pricing;
  cart.problem = "";
  cart.stale = hasLines();
  renderCart();
  renderEntry();
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
  cart.stale = false;
  renderCart();
  renderEntry();
  showToCustomer();
}

// The cart on the customer display, with the tips to tap while asking.
function showToCustomer() {
  invoke("show_cart", { cart: cartArg(), askTip: cart.asking }).catch(() => {});
}

function renderCart() {
  show($("cart"), selling() || hasLines());
  $("cart").classList.toggle("stale", cart.stale);
  const fiat = state.counter ? state.counter.fiat : "";
  keepingFocus(() => {
    const ul = $("cart-lines");
    ul.replaceChildren();
    cart.lines.forEach((l, i) => {
      const priced = !cart.stale && cart.priced && cart.priced.lines[i];
      const li = document.createElement("li");
      li.className = "cart-line";
      const name = document.createElement("span");
      name.className = "cart-name";
      const what = l.amount ? t("line-amount", { amount: amount(l.amount) }) : l.name;
      name.textContent = what;
      const qty = document.createElement("span");
      qty.className = "qty";
      const minus = button("−", t("line-less", { name: what }), "less", l.key, () => changeQty(l, -1));
      minus.className = "small";
      minus.disabled = l.qty <= 1;
      const n = document.createElement("b");
      n.textContent = String(l.qty);
      const plus = button("+", t("line-more", { name: what }), "more", l.key, () => changeQty(l, 1));
      plus.className = "small";
      qty.append(minus, n, plus);
      const sum = document.createElement("span");
      sum.className = "cart-sum";
      sum.textContent = priced ? amount(priced.total) : "…";
      const off = button(l.discount ? `−${l.discount}` : "%", t("line-discount", { name: what }), "discount", l.key,
        () => lineDiscount(l, li, what));
      off.className = l.discount ? "small has-discount" : "small";
      const remove = button("✕", t("line-remove", { name: what }), "remove", l.key, () => removeLine(l));
      remove.className = "small";
      li.append(name, qty, sum, off, remove);
      ul.append(li);
    });
    renderTips();
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
    row(t("figure-subtotal"), amount(p.subtotal));
    if (Number(p.discount) > 0) row(t("figure-discount"), `-${amount(p.discount)}`);
    row(t(p.prices_include_tax ? "figure-tax-included" : "figure-tax"), amount(p.tax));
    if (Number(p.tip) > 0) row(t("figure-tip"), amount(p.tip));
  }
  $("cart-total").textContent = `${amount(p ? p.total : "0")} ${fiat}`;
  $("cart-message").textContent = cart.problem ||
    (p && p.needs_approval
      ? t("cart-needs-approval", { share: amount(p.needs_approval.share), limit: amount(p.needs_approval.limit) })
      : "");
}

// A line's own discount, typed as 2.00 or 10%; empty takes it off.
function lineDiscount(line, li, what) {
  const input = document.createElement("input");
  input.className = "line-discount";
  input.value = forTyping(line.discount);
  input.placeholder = t("discount-field.placeholder");
  input.setAttribute("aria-label", t("line-discount", { name: what }));
  const apply = () => {
    line.discount = typed(input.value.trim());
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
  const choices = [["", t("tip-none")], ...catalogue.presets.map((p) => [`${p}%`, t("percent", { value: amount(p) })])];
  const custom = cart.tip && !choices.some(([v]) => v === cart.tip);
  for (const [value, label] of choices) {
    const b = button(label, null, "tip", value || "none", () => setTip(value));
    b.setAttribute("role", "radio");
    b.setAttribute("aria-checked", String(cart.tip === value));
    b.classList.toggle("chosen", cart.tip === value);
    box.append(b);
  }
  const input = document.createElement("input");
  input.id = "tip-amount";
  input.placeholder = t("tip-other");
  input.inputMode = "decimal";
  input.autocomplete = "off";
  input.setAttribute("aria-label", t("tip-amount"));
  input.value = custom ? forTyping(cart.tip) : "";
  input.classList.toggle("chosen", !!custom);
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault();
      setTip(typed(input.value.trim()));
    }
  });
  input.addEventListener("change", () => setTip(typed(input.value.trim())));
  box.append(input);
}

function setDiscount() {
  const discount = typed($("cart-discount").value.trim());
  if (discount === cart.discount) return;
  cart.discount = discount;
  reprice();
}

function setTip(value) {
  if (value === cart.tip) return;
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

export function waitingForTip() {
  return cart.asking;
}

export function stopWaiting() {
  show($("tip-wait"), false);
  if (cart.asking) {
    cart.asking = false;
    showToCustomer();
  }
}

// The tip is settled (chosen or declined): the sale is charged with it.
async function chargeWithTip(tip) {
  cart.tip = tip;
  stopWaiting();
  await reprice();
  charge();
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
  $("tip-skip").addEventListener("click", () => chargeWithTip(""));
  $("tip-back").addEventListener("click", stopWaiting);
  // The customer tapped a tip on their display.
  listen("customer_tip", (choice) => {
    if (cart.asking) chargeWithTip(choice === "none" ? "" : `${choice}%`);
  });
}

