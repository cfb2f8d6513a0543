// The OS notifications, worded in the staff's language: the app says what
// happened (a `notify` event) and shows what this returns.
import { lateWord, fiatOf } from "./shared.js";
import { shortAddress } from "./owner/payouts.js";
import { t, crypto } from "./i18n.js";

function sale(inv) {
  const fiat = fiatOf(inv);
  const late = lateWord(inv);
  const order = inv.order_id;
  switch (inv.status) {
    case "paid":
      return {
        title: late ? t("notify-paid-late-title", { fiat, late }) : t("notify-paid-title", { fiat }),
        body: t("notify-paid-body", { received: `${crypto(inv.paid_crypto)} ${inv.currency}`, order }),
      };
    case "underpaid":
      return {
        title: late ? t("notify-underpaid-late-title", { fiat, late }) : t("notify-underpaid-title", { fiat }),
        body: t("notify-underpaid-body", {
          paid: `${crypto(inv.paid_crypto)} ${inv.currency}`,
          asked: `${crypto(inv.amount_crypto)} ${inv.currency}`,
          order,
        }),
      };
    default:
      return { title: t("notify-expired-title", { fiat }), body: t("notify-expired-body", { order }) };
  }
}

function withdrawal(w) {
  const sent = `${crypto(w.amount)} ${w.asset}`;
  if (w.status === "completed") {
    return {
      title: t("notify-withdrawal-completed-title", { amount: sent }),
      body: t("notify-withdrawal-completed-body", { address: shortAddress(w.address), provider: w.provider }),
    };
  }
  return {
    title: t("notify-withdrawal-failed-title", { amount: sent }),
    // The gateway's own reason, when it gave one.
    body: w.failure || t("notify-withdrawal-failed-body"),
  };
}

// `{title, body}` for a notice: `{kind: "sale", invoice}` or
// `{kind: "withdrawal", withdrawal}`.
export function notice(n) {
  return n.kind === "withdrawal" ? withdrawal(n.withdrawal) : sale(n.invoice);
}
