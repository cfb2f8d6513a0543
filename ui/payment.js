// The sale on screen: the QR and amount to pay, its status, the outcome,
// and the sandbox's pretend payments.
import { invoke, $, show, errorText, countdown, outcome, lateWord, trim, chime, setSvg, fiatOf } from "./shared.js";
import { renderEntry } from "./entry.js";
import { state } from "./state.js";
import { openOwnerAtSale } from "./owner/office.js";
import { openReceipt } from "./receipt.js";
import { t, crypto, assetName, onLanguage } from "./i18n.js";
import { mark } from "./marks.js";

// The sale on screen, said again in the language just chosen.
onLanguage(() => {
  if (state.invoice) showSale(state.invoice);
});

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
  $("pay-amount-label").textContent = t(short ? "pay-still-due" : "pay-customer-pays");
  $("pay-crypto").textContent = `${crypto(short && view.shortfall ? view.shortfall : view.amount_crypto)} ${view.currency}`;
  const fiat = fiatOf(view);
  $("pay-fiat").textContent = short ? t("pay-sale", { amount: fiat }) : fiat;
  // The network the customer must send on, where the asset has several.
  $("pay-network").textContent = view.asset && view.asset.network
    ? t("pay-network", { asset: assetName(view.currency, view.asset) }) : assetName(view.currency, view.asset);
  $("pay-network").prepend(mark(view.currency));
  $("pay-address").textContent = view.address || "";
  const c = view.confirmations || {};
  $("status").textContent = short
    ? (view.shortfall ? t("pay-underpaid-due", { due: `${crypto(view.shortfall)} ${view.currency}` }) : t("pay-underpaid"))
    : t(view.status === "confirming" ? "pay-confirming" : "pay-waiting");
  $("status").className = `pay-status ${view.status}`;
  $("confirmations").textContent = c.required && view.status === "confirming"
    ? t("pay-confirmations", { received: c.received, required: c.required }) : "";
  const received = Number(view.paid_crypto) > 0 && view.status !== "paid";
  $("received").textContent = received
    ? t("pay-received", { paid: crypto(view.paid_crypto), asked: `${crypto(view.amount_crypto)} ${view.currency}` })
    : "";
  $("pay-note").textContent = short ? result.detail : "";
  show($("pay-note"), short);
  show($("simulate"), !!view.sandbox && (view.status === "pending" || short));
  $("simulate-full").textContent = t(short ? "simulate-rest" : "simulate-full");
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
  $("status").textContent = t("checking-gateway");
  $("result-detail").textContent = t("checking-gateway");
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
  $("late-text").textContent = t("late-banner", { id: view.id, word, amount: fiatOf(view) });
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
  $("countdown").textContent = c ? t("pay-time-left", { time: c.text }) : "";
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
