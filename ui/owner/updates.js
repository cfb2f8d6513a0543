// Updates: the state in the Settings tab and the badge in the top bar.
import { invoke, $, show, errorText } from "../shared.js";
import { state } from "../state.js";
import { openOwner } from "./office.js";

function updateText(u) {
  switch (u.state) {
    case "off": return "Updates are off (setting updates).";
    case "unchecked": return "Not checked yet.";
    case "checking": return "Looking for updates…";
    case "up_to_date": return `Counterpay ${u.version} is the newest version.`;
    case "available": return `Counterpay ${u.version} is available.${u.notes ? " " + u.notes : ""}`;
    case "downloading": return u.total
      ? `Downloading ${u.version}: ${Math.floor((u.received * 100) / u.total)} %`
      : `Downloading ${u.version}: ${Math.round(u.received / 1024)} KiB`;
    case "waiting_for_sales": return `${u.version} is ready; it installs when the ${u.open} open sale(s) end.`;
    case "installing": return `Installing ${u.version}; Counterpay restarts.`;
    case "failed": return u.message;
    default: return "";
  }
}

export function showUpdate(u) {
  $("update-text").textContent = updateText(u);
  show($("update-install"), u.state === "available");
  const badge = ["available", "downloading", "waiting_for_sales", "installing"].includes(u.state);
  show($("update-badge"), badge);
  $("update-badge").textContent = u.state === "available" ? `Update ${u.version}` : "Updating…";
}

async function checkUpdates() {
  try {
    showUpdate(await invoke("owner_update_check"));
  } catch (e) {
    $("update-text").textContent = errorText(e);
  }
}

async function installUpdate() {
  try {
    await invoke("owner_update_install");
  } catch (e) {
    $("update-text").textContent = errorText(e);
  }
}

export function wire() {
  $("update-check").addEventListener("click", checkUpdates);
  $("update-install").addEventListener("click", installUpdate);
  $("update-badge").addEventListener("click", () => {
    state.tab = "setup";
    openOwner();
  });
}
