// The Activity tab: who did what on the till, day by day.
import { invoke, $, errorText } from "../shared.js";
import { fillTable } from "./parts.js";
import { t, time, today } from "../i18n.js";

// The audit trail's actions, each with its words in the catalogue.
const ACTIONS = [
  "setup", "signed_in", "pin_failed", "locked_out", "pin_accepted", "pin_changed", "pin_strengthened",
  "owner_pin_reset", "recovery_code_issued", "staff_added", "staff_removed", "setting_changed",
  "provider_added", "provider_removed", "default_provider_set", "credentials_stored", "credentials_removed",
  "address_added", "address_removed", "withdrawal_requested", "withdrawal_marked", "refund_recorded",
  "item_saved", "item_removed", "discount_approved", "confirmed_manually", "sale_cancelled", "shift_closed",
  "exported", "reconciled", "config_adopted", "journal_restored", "update_started",
];

// An action in words; one a newer till wrote that this page does not
// know, as its code reads.
export function actionText(action) {
  return ACTIONS.includes(action)
    ? t(`activity-action-${action.replaceAll("_", "-")}`)
    : action.replaceAll("_", " ");
}

// The details of an entry as short "key: value" text; the keys are the
// journal's own field names.
function detailText(d) {
  if (!d || typeof d !== "object") return "";
  return Object.entries(d)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== "object")
    // Sealed keys are for the till to open, not for a person to read.
    .map(([k, v]) => (k === "sealed" ? t("activity-keys-sealed") : `${k.replaceAll("_", " ")}: ${v}`))
    .join(", ");
}

// Counterpay itself and the command line before an owner, as the journal
// names them (no staff id); people are named as they are.
const SYSTEM_ACTORS = {
  "command line (no owner yet)": "activity-actor-command-line",
  "Counterpay upgrade": "activity-actor-upgrade",
  "Counterpay restore": "activity-actor-restore",
};

function actorText(e) {
  return !e.actor_id && SYSTEM_ACTORS[e.actor] ? t(SYSTEM_ACTORS[e.actor]) : e.actor;
}

export async function loadActivity() {
  if (!$("activity-date").value) $("activity-date").value = today();
  try {
    const list = await invoke("owner_activity", { date: $("activity-date").value });
    $("activity-message").textContent = "";
    fillTable($("activity"), [t("activity-col-time"), t("activity-col-who"), t("activity-col-what"),
      t("activity-col-details")], list.map((e) => [
      time(e.at),
      actorText(e),
      actionText(e.action),
      detailText(e.details),
    ]));
  } catch (e) {
    $("activity-message").textContent = errorText(e);
  }
}

export function wire() {
  $("activity-date").addEventListener("change", loadActivity);
}
