// The customer display: the cart, the amount, where to pay, the countdown
// and the outcome. It reads what to show, and says only which tip the
// customer tapped.
import { show, $, outcome, trim, setSvg, countdown, tauri, invoke, fillLines } from "./shared.js";

let current = null;

// One screen at a time: the welcome, the cart being rung up (with the
// tips to tap when the counter asks), or the invoice to pay.
function render(screen) {
  const kind = screen ? screen.show : "welcome";
  show($("idle"), kind === "welcome");
  show($("cart"), kind === "cart");
  if (kind === "cart") renderCart(screen);
  renderInvoice(kind === "invoice" ? screen : null);
}

// The lines of a cart or an invoice, then its figures.
function showLines(table, cart) {
  const lines = (cart.lines || []).map((l) => [`${l.qty} × ${l.name}`, l.total]);
  const figures = [["Subtotal", cart.subtotal], ["Discount", cart.discount && `-${cart.discount}`],
    ["Tax", cart.tax], ["Tip", cart.tip]].filter(([, v]) => v);
  fillLines(table, lines, figures);
}

function renderCart(c) {
  showLines($("cart-lines"), c);
  $("cart-total").textContent = `${c.total} ${c.fiat}`;
  const box = $("tip-buttons");
  box.replaceChildren();
  const all = (disabled) => box.querySelectorAll("button").forEach((x) => { x.disabled = disabled; });
  for (const t of c.tips) {
    const b = document.createElement("button");
    b.type = "button";
    b.dataset.choice = t.choice;
    const what = document.createElement("b");
    what.textContent = t.choice === "none" ? "No tip" : `${t.choice} %`;
    const sum = document.createElement("small");
    sum.textContent = t.choice === "none" ? `${t.total} ${c.fiat}` : `+${t.tip} · ${t.total} ${c.fiat}`;
    b.append(what, sum);
    b.addEventListener("click", () => {
      all(true);
      invoke("customer_tip", { choice: t.choice }).catch(() => all(false));
    });
    box.append(b);
  }
  show($("tips"), c.tips.length > 0);
}

function renderInvoice(inv) {
  current = inv;
  show($("pay"), !!inv);
  const result = inv && outcome(inv);
  // Underpaid keeps the payment on screen: the rest goes to the same address.
  const short = !!inv && inv.status === "underpaid";
  show($("result"), !!result && !short);
  if (!inv) return;
  showLines($("pay-lines"), inv);
  $("amount-fiat").textContent = `${inv.amount_fiat} ${inv.fiat}`;
  $("send-label").textContent = short ? "Please send the rest" : "Please send exactly";
  $("amount-crypto").textContent = `${short && inv.shortfall ? inv.shortfall : trim(inv.amount_crypto)} ${inv.currency}`;
  $("address").textContent = inv.address || "";
  setSvg($("qr"), inv.qr_svg);
  const c = inv.confirmations || {};
  $("status").className = `pay-status ${inv.status}`;
  $("status").textContent = short
    ? result.customer
    : inv.status === "confirming"
      ? `Payment seen, confirming${c.required ? ` (${c.received} of ${c.required})` : ""}…`
      : "Waiting for your payment";
  if (result) {
    $("result").className = `result ${result.kind}`;
    $("result-title").textContent = result.title;
    $("result-detail").textContent = result.customer;
  }
  tick();
}

function tick() {
  const c = current && countdown(current.expires_at);
  $("countdown").textContent = c && current.status === "pending" ? `${c.text} left to pay` : "";
}

// What to show comes over this window's own channel: it hears nothing
// the counter is told.
async function start() {
  const channel = new tauri.core.Channel();
  channel.onmessage = render;
  const state = await invoke("customer_state", { channel });
  $("shop-name").textContent = state.shop_name;
  document.querySelector(".welcome").textContent = `Welcome to ${state.shop_name}`;
  render(state.screen);
  setInterval(tick, 1000);
}

start();
