// The Activity tab: who did what on the till, day by day.
import { invoke, $, errorText } from "../shared.js";
import { fillTable, codeText } from "./parts.js";
import { t, time, today, amount, list } from "../i18n.js";
import { dayField, dayOf, setDay } from "../day-field.js";

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
    .filter(([, v]) => v !== null && v !== undefined && (typeof v !== "object" || Array.isArray(v)))
    // Sealed keys are for the till to open, not for a person to read.
    .map(([k, v]) => (k === "sealed" ? t("activity-keys-sealed") : `${fieldText(k)}: ${valueText(k, v)}`))
    .join(", ");
}

// A detail's name in words; one the catalogue lacks, as the journal spells it.
function fieldText(key) {
  return codeText("activity-field", key, key.replaceAll("_", " "));
}

// Details whose values are the app's codes, by the family that words them.
const CODED = { role: "role", kind: "gateways-kind", key: "setting", at: "activity-at" };

// A detail's value: codes in words, yes or no, a list, and decimal figures
// as the language writes them; names and ids as they are.
function valueText(key, v) {
  if (typeof v === "boolean") return t(v ? "activity-yes" : "activity-no");
  if (Array.isArray(v)) return list(v);
  if (typeof v === "string" && CODED[key]) return codeText(CODED[key], v.replaceAll(" ", "-"), v);
  if (typeof v === "string" && /^-?\d+\.\d+$/.test(v)) return amount(v);
  return String(v);
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
  if (!dayOf($("activity-date"))) setDay($("activity-date"), today());
  try {
    const list = await invoke("owner_activity", { date: dayOf($("activity-date")) });
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
  dayField($("activity-date"));
  $("activity-date").addEventListener("change", loadActivity);
}
