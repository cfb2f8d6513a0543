// The customer display: the amount, where to pay, the countdown and the
// outcome. It can read what to show and nothing else.
import { show, $, outcome, trim, setSvg, countdown, tauri, invoke } from "./shared.js";

let current = null;

function render(inv) {
  current = inv;
  const idle = !inv;
  show($("idle"), idle);
  show($("pay"), !idle);
  const result = inv && outcome(inv);
  // Underpaid keeps the payment on screen: the rest goes to the same address.
  const short = !!inv && inv.status === "underpaid";
  show($("result"), !!result && !short);
  if (!inv) return;
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
  render(state.invoice);
  setInterval(tick, 1000);
}

start();
