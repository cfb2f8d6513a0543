// The counter window: starts the screens, routes the keyboard, and follows
// what the app reports (sales, updates, HQ, the gateway).
import * as cart from "./cart.js";
import * as entry from "./entry.js";
import * as payment from "./payment.js";
import * as people from "./people.js";
import * as receipt from "./receipt.js";
import * as office from "./owner/office.js";
import * as takings from "./owner/takings.js";
import * as sales from "./owner/sales.js";
import * as shifts from "./owner/shifts.js";
import * as payouts from "./owner/payouts.js";
import * as catalog from "./owner/catalog.js";
import * as refunds from "./owner/refunds.js";
import * as settings from "./owner/settings.js";
import * as gateways from "./owner/gateways.js";
import * as updates from "./owner/updates.js";
import * as staff from "./owner/staff.js";
import * as activity from "./owner/activity.js";
import * as support from "./owner/support.js";
import { $, show, invoke, errorText, listen, lateWord } from "./shared.js";
import { lockOwner } from "./owner/office.js";
import { newSale, showSale, showLate, tick } from "./payment.js";
import { charge, renderEntry, press } from "./entry.js";
import { state } from "./state.js";
import { loadRecent } from "./recent.js";
import { showUpdate } from "./owner/updates.js";
import { showHq, showGatewayHealth } from "./status.js";
import { loadWithdrawals } from "./owner/payouts.js";
import { loadCounter, loadSelling } from "./counter.js";
import { notice } from "./notice.js";

function onKey(ev) {
  // The gates' forms take their own keys (Enter submits them).
  if (!$("setup").hidden || !$("recovery").hidden || !$("signin").hidden || !$("ask-pin").hidden) {
    if (ev.key === "Escape" && !$("ask-pin").hidden) $("ask-pin-cancel").click();
    return;
  }
  if (!$("receipt").hidden) {
    if (ev.key === "Escape") show($("receipt"), false);
    return;
  }
  if (!$("owner").hidden) {
    if (ev.key === "Escape") lockOwner();
    return;
  }
  if (!$("result").hidden) {
    if (ev.key === "Enter" || ev.key === "Escape") {
      ev.preventDefault();
      newSale();
    }
    return;
  }
  const focus = document.activeElement;
  if (focus === $("sku")) {
    if (ev.key === "Enter") {
      ev.preventDefault();
      if (!cart.enterSku()) charge();
    } else if (ev.key === "Escape") {
      $("sku").value = "";
      $("sku").dispatchEvent(new Event("input"));
    }
    return;
  }
  // The note, a discount or a tip typed: their own keys; Enter charges
  // from the note only.
  if (focus && focus.tagName === "INPUT") {
    if (focus === $("note") && ev.key === "Enter") charge();
    return;
  }
  // The customer is choosing a tip: Escape goes back to the cart.
  if (cart.waitingForTip()) {
    if (ev.key === "Escape") cart.stopWaiting();
    return;
  }
  // Enter or Space on a focused button of the sale presses that button.
  const onButton = focus && focus.tagName === "BUTTON" && focus.id !== "charge" && $("entry").contains(focus);
  if (onButton && (ev.key === "Enter" || ev.key === " ")) return;
  // A scanner types into whatever has focus: with the items shown, what
  // is typed is a SKU.
  if (cart.showingItems() && !state.invoice && ev.key.length === 1 && !ev.ctrlKey && !ev.altKey &&
      !ev.metaKey) {
    ev.preventDefault();
    $("sku").focus();
    $("sku").value += ev.key;
    $("sku").dispatchEvent(new Event("input"));
    return;
  }
  if (ev.key === "Enter") {
    ev.preventDefault();
    if (cart.selling() && !state.invoice && cart.addAmount()) return;
    charge();
  } else if (ev.key === "Escape" && state.invoice && state.invoice.status === "underpaid") {
    newSale();
  } else if (ev.key === "Escape" && !state.invoice) {
    state.entry = "";
    renderEntry();
  } else {
    press(ev.key);
  }
}

async function start() {
  // Each screen wires its own controls.
  for (const screen of [entry, cart, payment, people, receipt, office, takings, sales, shifts, payouts, refunds, catalog, settings, gateways, updates, staff, activity, support]) screen.wire();
  $("customer-button").addEventListener("click", () => invoke("open_customer_display").catch((e) => alert(errorText(e))));
  document.addEventListener("keydown", onKey);
  // The till first: it names the language everything below speaks.
  await loadCounter();

  await listen("invoice", (view) => {
    if (state.invoice && view.id === state.invoice.id) {
      showSale(view);
    } else if (view.status === "paid" && lateWord(view)) {
      showLate(view);
    }
    loadRecent();
  });
  await listen("notify", (n) => invoke("show_notification", notice(n))
    .catch((e) => console.error("the notification", e)));
  await listen("update", showUpdate);
  await listen("hq", showHq);
  invoke("hq_state").then(showHq).catch(() => {});
  await listen("gateway_health", showGatewayHealth);
  invoke("gateway_health").then(showGatewayHealth).catch(() => {});
  await listen("withdrawal", () => {
    if (!$("owner").hidden && state.tab === "payouts") loadWithdrawals();
  });
  invoke("update_state").then(showUpdate).catch(() => {});
  setInterval(tick, 1000);
  if (state.counter.person) {
    await loadSelling();
    await loadRecent();
  }
}

start();
