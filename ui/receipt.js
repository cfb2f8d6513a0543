// The receipt overlay and the paper it prints on.
import { invoke, $, show, errorText, fillLines } from "./shared.js";

// The receipt of a paid sale in its overlay: from the counter (`receipt`)
// or from the sales history (`owner_receipt`); a refusal goes to `message`.
export async function openReceipt(id, command = "receipt", message = $("result-detail")) {
  try {
    showReceipt(await invoke(command, { id }));
  } catch (e) {
    message.textContent = errorText(e);
  }
}

// The shop's head and foot, the same on every receipt.
function showShop(r) {
  $("r-shop").textContent = r.shop_name;
  $("r-address").textContent = r.address || "";
  show($("r-address"), !!r.address);
  $("r-tax").textContent = r.tax_number ? `Tax no. ${r.tax_number}` : "";
  show($("r-tax"), !!r.tax_number);
  $("r-footer").textContent = r.footer || "";
  show($("r-footer"), !!r.footer);
}

// One row of the facts: its label and value, or hidden without a value.
function fact(id, label, value) {
  $(`${id}-label`).textContent = label;
  $(id).textContent = value || "";
  show($(`${id}-label`), !!value);
  show($(id), !!value);
}

function showReceipt(r) {
  showShop(r);
  $("r-title").textContent = "Payment receipt";
  $("r-date").textContent = r.paid_at;
  showReceiptLines(r);
  $("r-amount").textContent = `${r.amount_fiat} ${r.fiat}`;
  fact("r-crypto", "Paid", `${r.paid_crypto} ${r.currency}`);
  fact("r-to", "To", "");
  fact("r-invoice", "Invoice", r.invoice_id);
  $("r-order").textContent = r.order_id;
  $("r-txid").textContent = r.txid || "not given by the gateway";
  fact("r-cashier", "Cashier", r.cashier);
  $("r-late").textContent = "Paid after the invoice expired; accepted.";
  show($("r-late"), r.paid_late);
  show($("r-thanks"), true);
  openOverlay();
}

// What went back to a customer, for their records.
export function showRefundReceipt(r) {
  showShop(r);
  $("r-title").textContent = "Refund receipt";
  $("r-date").textContent = r.sent_at;
  show($("r-lines"), false);
  $("r-amount").textContent = `${r.amount} ${r.asset}`;
  fact("r-crypto", "Sale", `${r.sale_fiat} ${r.fiat}`);
  fact("r-to", "To", r.to);
  fact("r-invoice", "Of invoice", r.invoice_id);
  $("r-order").textContent = r.order_id;
  $("r-txid").textContent = r.txid || "not known yet";
  fact("r-cashier", "Refund", r.refund_id);
  $("r-late").textContent = r.status === "completed" ? "" : `Refund ${r.status}: not yet completed.`;
  show($("r-late"), r.status !== "completed");
  show($("r-thanks"), false);
  openOverlay();
}

function openOverlay() {
  setPaper(localStorage.getItem("paper") || "80");
  show($("receipt"), true);
}

// The cart's lines, then subtotal, discount, tax per rate and tip.
function showReceiptLines(r) {
  fillLines($("r-lines"), (r.lines || []).map((l) => [`${l.qty} × ${l.name}`, l.amount]), r.figures || []);
}

export function setPaper(paper) {
  $("receipt-paper").value = paper;
  $("receipt-slip").className = `receipt paper-${paper}`;
  $("page-style").href = `page-${paper}.css`;
  localStorage.setItem("paper", paper);
}

export function wire() {
  $("receipt-paper").addEventListener("change", () => setPaper($("receipt-paper").value));
  $("receipt-print").addEventListener("click", () => {
    document.body.classList.remove("printing-z");
    invoke("print_receipt").catch((e) => alert(errorText(e)));
  });
  $("receipt-close").addEventListener("click", () => show($("receipt"), false));
}
