// The receipt overlay and the paper it prints on.
import { invoke, $, show, errorText, fillLines, payoutStatusText, fiatOf } from "./shared.js";
import { t, amount, crypto, dateTime, assetName } from "./i18n.js";

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
  $("r-tax").textContent = r.tax_number ? t("receipt-tax-number", { number: r.tax_number }) : "";
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
  $("r-title").textContent = t("receipt-title");
  $("r-date").textContent = dateTime(r.paid_at);
  showReceiptLines(r);
  $("r-amount").textContent = fiatOf(r);
  fact("r-crypto", t("receipt-paid"), `${crypto(r.paid_crypto)} ${r.currency}`);
  fact("r-asset", t("receipt-asset"), assetName(r.currency, r.asset_label));
  fact("r-to", "", "");
  fact("r-invoice", t("receipt-invoice"), r.invoice_id);
  $("r-order").textContent = r.order_id;
  $("r-txid").textContent = r.txid || t("receipt-no-txid");
  fact("r-cashier", t("receipt-cashier"), r.cashier);
  $("r-late").textContent = t("receipt-paid-late");
  show($("r-late"), r.paid_late);
  show($("r-thanks"), true);
  openOverlay();
}

// What went back to a customer, for their records.
export function showRefundReceipt(r) {
  showShop(r);
  $("r-title").textContent = t("refund-receipt-title");
  $("r-date").textContent = dateTime(r.sent_at);
  show($("r-lines"), false);
  $("r-amount").textContent = `${crypto(r.amount)} ${r.asset}`;
  fact("r-crypto", t("refund-receipt-sale"), `${amount(r.sale_fiat)} ${r.fiat}`);
  fact("r-asset", t("receipt-asset"), assetName(r.asset, r.asset_label));
  fact("r-to", t("refund-receipt-to"), r.to);
  fact("r-invoice", t("refund-receipt-invoice"), r.invoice_id);
  $("r-order").textContent = r.order_id;
  $("r-txid").textContent = r.txid || t("refund-receipt-no-txid");
  fact("r-cashier", t("refund-receipt-refund"), r.refund_id);
  $("r-late").textContent = t("refund-receipt-not-completed", { status: payoutStatusText(r.status) });
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
  const lines = (r.lines || []).map((l) => [`${l.qty} × ${l.name || t("line-keyed")}`, amount(l.amount)]);
  const figures = (r.figures || []).map((f) => [
    t(`receipt-${f.kind.replace("_", "-")}`, { rate: f.rate ? amount(f.rate) : "" }),
    amount(f.amount),
  ]);
  fillLines($("r-lines"), lines, figures);
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
