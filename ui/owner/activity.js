// The Activity tab: who did what on the till, day by day.
import { invoke, $, errorText } from "../shared.js";
import { fillTable, localDate } from "./parts.js";

export const actionWords = {
  setup: "set the till up",
  signed_in: "signed in",
  pin_failed: "typed a wrong PIN",
  locked_out: "was locked out",
  pin_accepted: "typed the right PIN",
  pin_changed: "changed a PIN",
  pin_strengthened: "PIN re-hashed",
  staff_added: "added staff",
  staff_removed: "removed staff",
  setting_changed: "changed a setting",
  provider_added: "added a gateway",
  provider_removed: "removed a gateway",
  default_provider_set: "changed the default gateway",
  credentials_stored: "stored credentials",
  credentials_removed: "removed credentials",
  address_added: "saved a payout address",
  address_removed: "forgot a payout address",
  withdrawal_requested: "asked for a withdrawal",
  item_saved: "saved a catalogue item",
  item_removed: "removed a catalogue item",
  withdrawal_marked: "marked a withdrawal",
  shift_closed: "closed a shift",
  exported: "exported takings",
  sale_cancelled: "cancelled a sale",
  update_started: "started an update",
};

// The details of an entry as short "key: value" text.
function detailText(d) {
  if (!d || typeof d !== "object") return "";
  return Object.entries(d)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== "object")
    // Sealed keys are for the till to open, not for a person to read.
    .map(([k, v]) => (k === "sealed" ? "keys sealed" : `${k.replaceAll("_", " ")}: ${v}`))
    .join(", ");
}

export async function loadActivity() {
  if (!$("activity-date").value) $("activity-date").value = localDate(new Date());
  try {
    const list = await invoke("owner_activity", { date: $("activity-date").value });
    $("activity-message").textContent = "";
    fillTable($("activity"), ["Time", "Who", "What", "Details"], list.map((e) => [
      new Date(e.at).toLocaleTimeString(),
      e.actor,
      actionWords[e.action] || e.action.replaceAll("_", " "),
      detailText(e.details),
    ]));
  } catch (e) {
    $("activity-message").textContent = errorText(e);
  }
}

export function wire() {
  $("activity-date").addEventListener("change", loadActivity);
}
