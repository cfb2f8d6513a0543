// The receipt overlay and the paper it prints on.
import { invoke, $, show, errorText } from "./shared.js";

// The receipt of a paid sale in its overlay: from the counter (`receipt`)
// or from the sales history (`owner_receipt`); a refusal goes to `message`.
export async function openReceipt(id, command = "receipt", message = $("result-detail")) {
  try {
    showReceipt(await invoke(command, { id }));
  } catch (e) {
    message.textContent = errorText(e);
  }
}

function showReceipt(r) {
  $("r-shop").textContent = r.shop_name;
  $("r-address").textContent = r.address || "";
  show($("r-address"), !!r.address);
  $("r-tax").textContent = r.tax_number ? `Tax no. ${r.tax_number}` : "";
  show($("r-tax"), !!r.tax_number);
  $("r-date").textContent = r.paid_at;
  showReceiptLines(r);
  $("r-amount").textContent = `${r.amount_fiat} ${r.fiat}`;
  $("r-crypto").textContent = `${r.paid_crypto} ${r.currency}`;
  $("r-invoice").textContent = r.invoice_id;
  $("r-order").textContent = r.order_id;
  $("r-txid").textContent = r.txid || "not given by the gateway";
  $("r-cashier").textContent = r.cashier || "";
  show($("r-cashier-label"), !!r.cashier);
  show($("r-cashier"), !!r.cashier);
  show($("r-late"), r.paid_late);
  $("r-footer").textContent = r.footer || "";
  show($("r-footer"), !!r.footer);
  setPaper(localStorage.getItem("paper") || "80");
  show($("receipt"), true);
}

// The cart's lines, then subtotal, discount, tax per rate and tip.
function showReceiptLines(r) {
  const table = $("r-lines");
  table.replaceChildren();
  const row = (left, right, cls) => {
    const tr = table.insertRow();
    if (cls) tr.className = cls;
    tr.insertCell().textContent = left;
    tr.insertCell().textContent = right;
  };
  for (const l of r.lines || []) row(`${l.qty} × ${l.name}`, l.amount);
  (r.figures || []).forEach(([label, amount], i) => row(label, amount, i === 0 ? "r-figure r-first-figure" : "r-figure"));
  show(table, (r.lines || []).length > 0);
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
