// The customer display: the cart, the amount, the asset and its network,
// where to pay, the countdown and the outcome, in the customer's language
// (one tap switches it). It reads what to show, and says only which tip
// the customer tapped.
import { show, $, outcome, setSvg, countdown, tauri, invoke, fillLines, fiatOf } from "./shared.js";
import { t, useLanguage, language, amount, crypto, assetName } from "./i18n.js";
import { mark } from "./marks.js";

// What is on screen, drawn again when the language changes.
let screen = null;
let shop = "";
let languages = [];

// One screen at a time: the welcome, the cart being rung up (with the
// tips to tap when the counter asks), or the invoice to pay.
function render(next) {
  screen = next;
  const kind = screen ? screen.show : "welcome";
  show($("idle"), kind === "welcome");
  show($("cart"), kind === "cart");
  $("welcome").textContent = t("customer-welcome", { shop });
  if (kind === "cart") renderCart(screen);
  renderInvoice(kind === "invoice" ? screen : null);
}

// The lines of a cart or an invoice, then its figures.
function showLines(table, cart) {
  const lines = (cart.lines || []).map((l) => [`${l.qty} × ${l.name || t("line-keyed")}`, amount(l.total)]);
  const figures = [["subtotal", cart.subtotal], ["discount", cart.discount && `-${cart.discount}`],
    ["tax", cart.tax], ["tip", cart.tip]]
    .filter(([, v]) => v)
    .map(([label, v]) => [t(`figure-${label}`), amount(v)]);
  fillLines(table, lines, figures);
}

function renderCart(c) {
  showLines($("cart-lines"), c);
  $("cart-total").textContent = `${amount(c.total)} ${c.fiat}`;
  const box = $("tip-buttons");
  box.replaceChildren();
  const all = (disabled) => box.querySelectorAll("button").forEach((x) => { x.disabled = disabled; });
  for (const tip of c.tips) {
    const b = document.createElement("button");
    b.type = "button";
    b.dataset.choice = tip.choice;
    const what = document.createElement("b");
    what.textContent = tip.choice === "none" ? t("customer-no-tip") : t("percent", { value: amount(tip.choice) });
    const sum = document.createElement("small");
    sum.textContent = tip.choice === "none"
      ? `${amount(tip.total)} ${c.fiat}`
      : t("customer-tip-sum", { tip: amount(tip.tip), total: `${amount(tip.total)} ${c.fiat}` });
    b.append(what, sum);
    b.addEventListener("click", () => {
      all(true);
      invoke("customer_tip", { choice: tip.choice }).catch(() => all(false));
    });
    box.append(b);
  }
  show($("tips"), c.tips.length > 0);
}

function renderInvoice(inv) {
  show($("pay"), !!inv);
  const result = inv && outcome(inv);
  // Underpaid keeps the payment on screen: the rest goes to the same address.
  const short = !!inv && inv.status === "underpaid";
  show($("result"), !!result && !short);
  if (!inv) return;
  showLines($("pay-lines"), inv);
  $("amount-fiat").textContent = fiatOf(inv);
  $("send-label").textContent = t(short ? "customer-send-rest" : "customer-send-exactly");
  const due = short && inv.shortfall ? inv.shortfall : inv.amount_crypto;
  $("amount-crypto").textContent = `${crypto(due)} ${inv.currency}`;
  // The network in large type, and what sending on another one costs.
  const label = inv.asset;
  $("network").textContent = assetName(inv.currency, label);
  $("network").prepend(mark(inv.currency));
  $("network-warning").textContent = label && label.network
    ? t("customer-network-warning", { network: label.network })
    : t("customer-coin-warning", { coin: label ? label.name : inv.currency });
  $("address").textContent = inv.address || "";
  setSvg($("qr"), inv.qr_svg);
  const c = inv.confirmations || {};
  $("status").className = `pay-status ${inv.status}`;
  $("status").textContent = short
    ? result.customer
    : inv.status === "confirming"
      ? t("customer-confirming", { received: c.received || 0, required: c.required || 0 })
      : t("customer-waiting");
  if (result) {
    $("result").className = `result ${result.kind}`;
    $("result-title").textContent = result.title;
    $("result-detail").textContent = result.customer;
  }
  tick();
}

function tick() {
  const inv = screen && screen.show === "invoice" ? screen : null;
  const c = inv && countdown(inv.expires_at);
  $("countdown").textContent = c && inv.status === "pending" ? t("customer-time-left", { time: c.text }) : "";
}

// Each language named in itself (as the app lists them); a tap speaks it.
function renderLanguages() {
  const nav = $("languages");
  nav.replaceChildren();
  for (const [tag, name] of languages) {
    const b = document.createElement("button");
    b.type = "button";
    b.lang = tag;
    b.textContent = name;
    b.setAttribute("aria-pressed", String(tag === language()));
    b.classList.toggle("chosen", tag === language());
    b.addEventListener("click", async () => {
      await speak(tag);
      renderLanguages();
      render(screen);
    });
    nav.append(b);
  }
}

// The page in `tag`, and the window's title too: the system shows that
// one in the task bar, outside the page.
async function speak(tag) {
  await useLanguage(tag);
  tauri.window.getCurrentWindow().setTitle(document.title)
    .catch((e) => console.error("the window's title", e));
}

// What to show comes over this window's own channel: it hears nothing
// the counter is told.
async function start() {
  const channel = new tauri.core.Channel();
  channel.onmessage = render;
  const state = await invoke("customer_state", { channel });
  shop = state.shop_name;
  languages = state.languages;
  $("shop-name").textContent = shop;
  await speak(state.language);
  renderLanguages();
  render(state.screen);
  setInterval(tick, 1000);
}

start();
