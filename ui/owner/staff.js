// The Staff tab: who may sign in, adding and removing them.
import { invoke, $, errorText } from "../shared.js";
import { loadCounter } from "../counter.js";
import { fillTable } from "./parts.js";
import { askPin } from "../people.js";
import { t } from "../i18n.js";

export async function loadStaff() {
  $("staff-message").textContent = "";
  try {
    const people = await invoke("owner_staff");
    const body = fillTable($("staff-list"), [t("staff-col-name"), t("staff-col-role"), ""],
      people.map((p) => [p.name, t(`role-${p.role}`), ""]));
    people.forEach((p, i) => {
      const cell = body.rows[i] && body.rows[i].cells[2];
      if (!cell || p.role === "owner") return;
      const b = document.createElement("button");
      b.type = "button";
      b.className = "small";
      b.textContent = t("staff-remove");
      b.addEventListener("click", async () => {
        const pin = await askPin(t("staff-remove-pin", { name: p.name }));
        if (pin === null) return;
        try {
          await invoke("owner_remove_staff", { name: p.name, pin });
          await loadStaff();
          await loadCounter();
        } catch (e) {
          $("staff-message").textContent = errorText(e);
        }
      });
      cell.append(b);
    });
  } catch (e) {
    $("staff-message").textContent = errorText(e);
  }
}

async function addStaff(ev) {
  ev.preventDefault();
  const name = $("staff-name").value.trim();
  const pin = await askPin(t("staff-add-pin", { name }));
  if (pin !== null) {
    try {
      await invoke("owner_add_staff", {
        name,
        role: $("staff-role").value,
        staffPin: $("staff-pin").value,
        pin,
      });
      $("staff-name").value = "";
      $("staff-message").textContent = t("staff-added", { name });
      $("staff-message").classList.add("ok");
      await loadStaff();
      await loadCounter();
    } catch (e) {
      $("staff-message").classList.remove("ok");
      $("staff-message").textContent = errorText(e);
    }
  }
  $("staff-pin").value = "";
}

export function wire() {
  $("staff-form").addEventListener("submit", addStaff);
}
