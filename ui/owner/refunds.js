// Refunds in a sale's detail: checked like a withdrawal and sent with the
// owner's PIN, or, for a gateway with no withdrawal API, recorded by the
// txid of the refund made in its dashboard; each with its receipt.
import { invoke, $, show, errorText, payoutStatusText } from "../shared.js";
import { fillTable, smallButton } from "./parts.js";
import { addressEnds, shortAddress, payoutState } from "./payouts.js";
import { openSale } from "./sales.js";
import { showRefundReceipt } from "../receipt.js";
import { t, crypto, dateTime, typed } from "../i18n.js";

// The sale the form refunds; `recording`: it records instead of sending.
const refund = { id: null, asset: "", recording: false };

function message(text, ok) {
  $("refund-message").textContent = text;
  $("refund-message").classList.toggle("ok", ok);
}

export function showRefunds(sale) {
  const inv = sale.invoice;
  const actions = sale.actions || [];
  const can = actions.includes("refund") || actions.includes("record_refund");
  refund.id = inv.id;
  refund.asset = inv.currency;
  refund.recording = actions.includes("record_refund");
  show($("sale-refund"), can || sale.refunds.length > 0);
  show($("refund-form"), can);
  dropQuote();
  message("", false);
  if (can) {
    const left = `${crypto(sale.refundable)} ${inv.currency}`;
    const room = sale.excess
      ? t("refund-room-excess", { left, excess: `${crypto(sale.excess)} ${inv.currency}` })
      : t("refund-room", { left });
    $("refund-room").textContent = refund.recording ? `${room} ${t("refund-room-record")}` : room;
    const kind = $("refund-kind");
    kind.querySelector("option[value='excess']").disabled = !sale.excess;
    kind.value = sale.excess ? "excess" : "all";
    show($("refund-figure"), false);
    show($("refund-txid"), refund.recording);
    show($("refund-record-pin"), refund.recording);
    $("refund-check").textContent = t(refund.recording ? "refund-record" : "refund-check");
  } else {
    $("refund-room").textContent = "";
  }
  const body = fillTable($("refund-list"),
    [t("refund-col-when"), t("refund-col-amount"), t("refund-col-to"), t("refund-col-status"), ""],
    sale.refunds.map((w) => [dateTime(w.created_at), `${crypto(w.amount)} ${w.asset}`, shortAddress(w.address),
      payoutState(w), ""]));
  // A failed refund sent nothing: it has no receipt.
  sale.refunds.forEach((w, i) => {
    const cell = body.rows[i] && body.rows[i].cells[4];
    if (cell && w.status !== "failed") cell.append(smallButton(t("receipt-button"), () => openRefundReceipt(w.id)));
  });
}

async function openRefundReceipt(id) {
  try {
    showRefundReceipt(await invoke("owner_refund_receipt", { id }));
  } catch (e) {
    message(errorText(e), false);
  }
}

function amount() {
  const kind = $("refund-kind").value;
  return kind === "figure" ? typed($("refund-figure").value.trim()) : kind;
}

function dropQuote() {
  show($("refund-quote"), false);
}

async function check(ev) {
  ev.preventDefault();
  if (refund.recording) return record();
  dropQuote();
  message(t("refund-checking"), true);
  try {
    const q = await invoke("owner_refund_quote", {
      id: refund.id,
      amount: amount(),
      address: $("refund-address").value.trim(),
    });
    message("", false);
    $("rq-amount").textContent = `${crypto(q.amount)} ${q.asset}`;
    $("rq-fee").textContent = `${crypto(q.fee)} ${q.asset}`;
    $("rq-receive").textContent = `${crypto(q.receive)} ${q.asset}`;
    const [start, end] = addressEnds(q.address);
    $("rq-start").textContent = start;
    $("rq-end").textContent = end;
    $("rq-address").textContent = q.address;
    $("refund-pin").value = "";
    show($("refund-quote"), true);
    $("refund-pin").focus();
  } catch (e) {
    message(errorText(e), false);
  }
}

async function send(ev) {
  ev.preventDefault();
  $("refund-send").disabled = true;
  message(t("refund-sending"), true);
  try {
    const w = await invoke("owner_refund", { pin: $("refund-pin").value });
    await openSale(refund.id);
    message(w.status === "failed"
      ? t("refund-not-sent", { why: w.failure })
      : t("refund-sent", { id: w.id, status: payoutStatusText(w.status) }), w.status !== "failed");
  } catch (e) {
    message(errorText(e), false);
  } finally {
    $("refund-pin").value = "";
    $("refund-send").disabled = false;
  }
}

async function record() {
  $("refund-check").disabled = true;
  try {
    const w = await invoke("owner_record_refund", {
      id: refund.id,
      amount: amount(),
      address: $("refund-address").value.trim(),
      txid: $("refund-txid").value.trim(),
      pin: $("refund-record-pin").value,
    });
    $("refund-txid").value = "";
    await openSale(refund.id);
    message(t("refund-recorded", { id: w.id }), true);
  } catch (e) {
    message(errorText(e), false);
  } finally {
    $("refund-record-pin").value = "";
    $("refund-check").disabled = false;
  }
}

export function wire() {
  $("refund-kind").addEventListener("change", () => {
    dropQuote();
    show($("refund-figure"), $("refund-kind").value === "figure");
    if ($("refund-kind").value === "figure") $("refund-figure").focus();
  });
  for (const id of ["refund-figure", "refund-address"]) $(id).addEventListener("input", dropQuote);
  $("refund-form").addEventListener("submit", check);
  $("refund-send-form").addEventListener("submit", send);
  $("refund-cancel").addEventListener("click", dropQuote);
}
