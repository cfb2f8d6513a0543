// Support in the Settings tab: diagnostics to copy, changing one's PIN.
import { invoke, $, show, errorText } from "../shared.js";
import { t } from "../i18n.js";

async function copyDiagnostics() {
  const msg = $("diagnostics-message");
  msg.classList.add("ok");
  msg.textContent = t("support-collecting");
  let text;
  try {
    text = await invoke("owner_diagnostics");
  } catch (e) {
    msg.classList.remove("ok");
    msg.textContent = errorText(e);
    return;
  }
  const area = $("diagnostics-text");
  area.value = text;
  show(area, true);
  try {
    await navigator.clipboard.writeText(text);
    msg.textContent = t("support-copied");
  } catch (_) {
    msg.textContent = t("support-select");
    area.focus();
    area.select();
  }
}

async function changePin(ev) {
  ev.preventDefault();
  try {
    await invoke("owner_set_pin", { current: $("pin-current").value, new: $("pin-new").value });
    $("change-pin-message").textContent = t("settings-pin-changed");
    show($("pin-short"), false);
  } catch (e) {
    $("change-pin-message").textContent = errorText(e);
  }
  $("pin-current").value = "";
  $("pin-new").value = "";
}

export function wire() {
  $("copy-diagnostics").addEventListener("click", copyDiagnostics);
  $("change-pin-form").addEventListener("submit", changePin);
}
