// The sale on screen: the QR and amount to pay, its status, the outcome,
// and the sandbox's pretend payments.
import { invoke, $, show, errorText, countdown, outcome, lateWord, trim, chime, setSvg } from "./shared.js";
import { renderEntry } from "./entry.js";
import { state } from "./state.js";
import { openOwnerAtSale } from "./owner/office.js";
import { openReceipt } from "./receipt.js";

export function showSale(view) {
  const before = state.invoice;
  state.invoice = view;
  const result = outcome(view);
  const short = view.status === "underpaid";
  show($("entry"), false);
  show($("payment"), true);
  setSvg($("qr"), view.qr_svg);
  // Underpaid: the rest is still due to the same address, so the QR, the
  // address and the amount stay, asking for the rest.
  $("pay-amount-label").textContent = short ? "Still due" : "Customer pays";
  $("pay-crypto").textContent = `${short && view.shortfall ? view.shortfall : trim(view.amount_crypto)} ${view.currency}`;
  $("pay-fiat").textContent = `${short ? "Sale: " : ""}${view.amount_fiat} ${view.fiat}`;
  $("pay-address").textContent = view.address || "";
  const c = view.confirmations || {};
  $("status").textContent = short
    ? `UNDERPAID: ${view.shortfall ? `${view.shortfall} ${view.currency} still due` : "see below"}`
    : view.status === "confirming" ? "Payment seen: confirming" : "Waiting for payment";
  $("status").className = `pay-status ${view.status}`;
  $("confirmations").textContent = c.required && view.status === "confirming"
    ? `${c.received} of ${c.required} confirmations` : "";
  const received = Number(view.paid_crypto) > 0 && view.status !== "paid";
  $("received").textContent = received
    ? `Received ${trim(view.paid_crypto)} of ${trim(view.amount_crypto)} ${view.currency}` : "";
  $("pay-note").textContent = short ? result.detail : "";
  show($("pay-note"), short);
  show($("simulate"), !!view.sandbox && (view.status === "pending" || short));
  $("simulate-full").textContent = short ? "Pay the rest" : "Full";
  show($("simulate-partial"), !short);
  show($("simulate-expire"), !short);
  show($("cancel"), view.status === "pending");
  show($("check-again"), short);
  // Money back is the owner's: the button opens this sale in the back office.
  show($("pay-refund"), short && Number(view.paid_crypto) > 0);
  show($("done"), short);
  tick();
  if (short) {
    show($("result"), false);
    const news = !before || before.id !== view.id || before.status !== "underpaid";
    if (news && state.counter && state.counter.sound) chime("underpaid");
  } else if (result) {
    showResult(result);
  } else {
    // Money came after all (a late payment being confirmed).
    show($("result"), false);
  }
}

function showResult(result) {
  show($("print-receipt"), result.kind === "paid");
  show($("result-refund"), result.kind === "paid" && (state.invoice.flags || []).includes("overpaid"));
  show($("result-check"), result.kind === "expired" || result.kind === "cancelled");
  $("result").className = `result ${result.kind}`;
  $("result-title").textContent = result.title;
  $("result-detail").textContent = result.detail;
  const already = !$("result").hidden && $("result").dataset.kind === result.kind;
  $("result").dataset.kind = result.kind;
  show($("result"), true);
  $("new-sale").focus();
  if (!already && state.counter && state.counter.sound) chime(result.kind);
}

// Reads the sale's status at the gateway now; the screen follows.
async function checkAgain() {
  if (!state.invoice) return;
  const id = state.invoice.id;
  const was = $("status").textContent;
  $("status").textContent = "Checking with the gateway…";
  $("result-detail").textContent = "Checking with the gateway…";
  try {
    const view = await invoke("check", { id });
    if (state.invoice && state.invoice.id === id) showSale(view);
  } catch (e) {
    $("status").textContent = was;
    $("result-detail").textContent = errorText(e);
  }
}

// A watched invoice that is not on screen became paid: money that came
// late or completed an underpaid sale.
export function showLate(view) {
  const word = lateWord(view);
  $("late-text").textContent = `Invoice ${view.id}, ${word}: ${view.amount_fiat} ${view.fiat}`;
  $("late-banner").dataset.id = view.id;
  show($("late-banner"), true);
}

export function newSale() {
  state.invoice = null;
  delete $("result").dataset.kind;
  state.entry = "";
  $("note").value = "";
  show($("result"), false);
  show($("payment"), false);
  show($("entry"), true);
  invoke("show", { id: null }).catch(() => {});
  renderEntry();
}

export function tick() {
  const inv = state.invoice;
  const c = inv && inv.status === "pending" && countdown(inv.expires_at);
  $("countdown").textContent = c ? `${c.text} left` : "";
  $("countdown").classList.toggle("urgent", !!c && c.left < 60);
}

async function simulate(action) {
  try {
    await invoke("simulate", { id: state.invoice.id, action });
  } catch (e) {
    $("status").textContent = errorText(e);
  }
}

async function cancelSale() {
  if (!state.invoice) return;
  try {
    // The `invoice` event that follows redraws the sale and the list.
    await invoke("cancel", { id: state.invoice.id });
  } catch (e) {
    $("status").textContent = errorText(e);
  }
}

function refundSale() {
  if (state.invoice) openOwnerAtSale(state.invoice.id);
}

export function wire() {
  $("pay-refund").addEventListener("click", refundSale);
  $("result-refund").addEventListener("click", refundSale);
  $("new-sale").addEventListener("click", newSale);
  $("cancel").addEventListener("click", cancelSale);
  $("check-again").addEventListener("click", checkAgain);
  $("result-check").addEventListener("click", checkAgain);
  $("done").addEventListener("click", newSale);
  $("late-close").addEventListener("click", () => show($("late-banner"), false));
  $("late-receipt").addEventListener("click", () => openReceipt($("late-banner").dataset.id));
  $("copy-amount").addEventListener("click", () =>
    navigator.clipboard && navigator.clipboard.writeText(state.invoice.shortfall || trim(state.invoice.amount_crypto)));
  $("simulate-full").addEventListener("click", () => simulate("full"));
  $("simulate-partial").addEventListener("click", () => simulate("partial"));
  $("simulate-expire").addEventListener("click", () => simulate("expire"));
  $("print-receipt").addEventListener("click", () => state.invoice && openReceipt(state.invoice.id));
}
