## La oficina: la oficina en sí, pasarelas, ajustes, personal, catálogo, actualizaciones y soporte.

## La oficina en sí: desbloquearla, sus pestañas, bloquearla

office-title = Gerencia
office-tab-takings = Recaudación
office-tab-sales = Ventas
office-tab-shifts = Turnos
office-tab-payouts = Retiros
office-tab-catalog = Catálogo
office-tab-setup = Ajustes
office-tab-staff = Personal
office-tab-activity = Actividad
office-lock = Bloquear
office-close = Cerrar
office-who = Quién la abre
office-pin-label = PIN
office-unlock = Desbloquear
office-pin-short = Tu PIN es más corto de lo que ahora debe tener el PIN del dueño. Elige uno de 6 cifras o más en Ajustes → Tu PIN.
# En una tabla sin filas.
office-none = Ninguno

## Catálogo

catalog-items = Productos
# Los dos solo difieren en cómo llevan el impuesto los precios.
catalog-help-added = Lo que la caja ofrece en botones y por código. Los precios van en la moneda de la tienda y el impuesto se suma en la caja (Ajustes → Impuestos, propinas y descuentos). Un producto oculto sigue aquí y en las ventas anteriores, pero la caja ya no lo ofrece.
catalog-help-included = Lo que la caja ofrece en botones y por código. Los precios van en la moneda de la tienda, con el impuesto incluido (Ajustes → Impuestos, propinas y descuentos). Un producto oculto sigue aquí y en las ventas anteriores, pero la caja ya no lo ofrece.
catalog-sku = Código
catalog-name = Nombre
catalog-price-field =
    .placeholder = 4,50
catalog-price = Precio
catalog-tax = Impuesto %
catalog-category = Categoría
catalog-at-counter = En caja
catalog-state-offered = a la venta
catalog-state-hidden = oculto
catalog-change = Editar
catalog-hide = Ocultar
catalog-offer = Mostrar
catalog-remove = Quitar
# El mismo botón, pulsado una vez: una segunda pulsación quita el producto.
catalog-remove-sure = Quitar: ¿seguro?
catalog-removed = Se quitó { $name }.
catalog-offered-again = { $name } vuelve a ofrecerse en caja.
catalog-hidden-now = { $name } ya no se muestra en caja.
catalog-add-title = Añadir un producto
catalog-change-title = Editar { $name }
catalog-add = Añadir producto
catalog-save-changes = Guardar cambios
catalog-cancel = Cancelar
catalog-added = Se añadió { $name }.
catalog-changed = Se modificó { $name }.
catalog-sku-field =
    .placeholder = se genera a partir del nombre
catalog-sku-help = El código que lee un escáner, o uno corto para escribir.
# El comando queda tal cual: se escribe en una terminal.
catalog-import-help = Un catálogo completo se importa desde un archivo CSV con { "counterpay catalog import FILE.csv" }.

## Ajustes: los ajustes de la tienda

settings-title = Ajustes de la tienda
settings-group-shop = Tienda
settings-group-counter = Caja
settings-group-selling = Impuestos, propinas y descuentos
settings-group-receipt = Recibos
settings-group-backup = Copia diaria
settings-group-advanced = Avanzado
# $help es la ayuda del propio ajuste, como abajo.
settings-help-pin = { $help } Para cambiarlo se pide el PIN del dueño.
settings-on = Activado
settings-off = Desactivado
settings-save = Guardar
settings-refused = «{ $value }» no sirve para { $name }. { $help }
settings-saved = Guardado.
settings-saved-name = Guardado: { $name }.
# El título de la pregunta del PIN; $name es el nombre del ajuste.
settings-change = Cambiar «{ $name }»
# El botón de la carpeta de copias y su campo vacío.
settings-folder-none = Ninguna
settings-folder-empty = Ninguna: no se hace copia diaria
# Un número que puede ser una palabra: la opción de escribir un número.
settings-own-number = Un número fijo de { $unit }
settings-own-percent = Un porcentaje
# El campo del número, para un lector de pantalla: "Tiempo para pagar en minutos".
settings-number-in = { $name } en { $unit }
setting-unit-minutes = minutos
setting-unit-hours = horas
setting-unit-copies = copias
setting-unit-percent = %

## Ajustes: el nombre de cada ajuste y su ayuda debajo
## (las palabras de la ayuda que son valores, como «none» o «computer»,
## son las que acepta la línea de comandos y se escriben tal cual)

setting-shop-name = Nombre de la tienda
    .help = El nombre que ven los clientes, hasta 60 caracteres.
setting-fiat = Moneda
    .help = Un código de moneda de tres letras, como USD o EUR.
setting-default-asset = Activo preseleccionado
    .help = El activo que la caja elige de entrada, como USDTTRC20.
setting-expiry-minutes = Tiempo para pagar
    .help = Minutos que tiene el cliente para pagar (de 5 a 120), o lo que fije la pasarela.
setting-notifications = Notificaciones
    .help = Muestra una notificación del sistema cuando una venta se paga, queda incompleta o caduca.
setting-sound = Sonido
    .help = Reproduce un sonido corto cuando una venta se paga o algo sale mal.
setting-updates = Buscar actualizaciones
    .help = Busca actualizaciones firmadas al iniciar.
setting-update-endpoint = Dirección de actualizaciones
    .help = Una URL https de un manifiesto de actualizaciones, o «default» para la predeterminada.
setting-monitor-hours = Vigilar pagos tardíos
    .help = Horas que un cobro incompleto, caducado o cancelado sigue vigilado por si llega dinero tarde (de 0 a 720).
setting-owner-idle-minutes = Bloquear la gerencia tras
    .help = Minutos sin tocar nada antes de que la gerencia se bloquee sola (de 1 a 60).
setting-counter-idle-minutes = Cerrar la sesión de caja tras
    .help = Minutos sin tocar nada antes de que la caja cierre la sesión de quien la usa (0 nunca, hasta 240).
setting-till-name = Nombre de la caja
    .help = El nombre de esta caja en los informes de la Central, hasta 40 caracteres, o «none» para usar su ID.
setting-backup-dir = Carpeta de copias
    .help = Una carpeta (ruta completa) que recibe una copia del registro una vez al día, o ninguna.
setting-backup-keep = Copias que se guardan
    .help = Cuántas copias diarias se conservan (de 1 a 365).
setting-receipt-address = Dirección
    .help = La dirección de la tienda bajo su nombre en los recibos (una línea), o vacía.
setting-receipt-tax-number = Número fiscal
    .help = El número fiscal o de IVA de la tienda en los recibos, o vacío.
setting-receipt-footer = Línea final
    .help = Una línea al pie de los recibos, como la política de devoluciones, o vacía.
setting-prices-include-tax = Precios e impuesto
    .help = Si los precios del catálogo ya incluyen el impuesto (lo habitual en la UE) o si el impuesto se suma en la caja (lo habitual en EE. UU.).
setting-tips = Propinas
    .help = Ofrecer propina antes del cobro: nunca, la pregunta el cajero o la elige el cliente en su pantalla táctil.
setting-tip-presets = Propinas ofrecidas (%)
    .help = Las propinas que se ofrecen, en porcentaje, como 10,15,20.
setting-discount-limit = Descuento sin encargado
    .help = El descuento máximo, en porcentaje de la venta, que un cajero puede dar sin el PIN de un encargado, o sin límite.
setting-language = Idioma
    .help = El idioma de la caja y de la gerencia: en, es, pt-BR, tr o vi.
setting-customer-language = Idioma del cliente
    .help = El idioma de la pantalla del cliente (el cliente puede cambiarlo): en, es, pt-BR, tr, vi o el mismo que el del personal.
setting-time-zone = Zona horaria
    .help = La zona horaria de la caja, donde empiezan y terminan sus días: un nombre como America/Mexico_City, o «computer» para usar la de la computadora.

## Ajustes: las opciones de los ajustes que las tienen
## (los idiomas se nombran en su propia lengua, igual en todas partes)

setting-choice-expiry-minutes-gateway = Según la pasarela
setting-choice-prices-include-tax-false = Sin impuesto: se suma en la caja
setting-choice-prices-include-tax-true = Con el impuesto incluido
setting-choice-tips-off = Sin propinas
setting-choice-tips-counter = El cajero pregunta en caja
setting-choice-tips-customer = El cliente la elige en su pantalla
setting-choice-customer-language-same = El mismo que el del personal
setting-choice-discount-limit-none = Sin límite

## Pasarelas

gateways-title = Pasarelas
gateways-add-title = Añadir una pasarela
gateways-name = Nombre
gateways-name-help = Un nombre corto a tu gusto, como principal o respaldo.
gateways-kind = Tipo
gateways-auth = Se autentica con
gateways-url = URL base
gateways-url-field =
    .placeholder = vacía para usar la dirección de la pasarela
gateways-url-help = Solo para el servidor de pruebas de una pasarela o para otra región.
gateways-add = Añadir pasarela
gateways-credentials-title = Credenciales
gateways-credentials-gateway = Pasarela
gateways-credentials-help = Los secretos se guardan en el llavero de la computadora, nunca en los archivos de Counterpay, y no se vuelven a mostrar.
gateways-save-credentials = Guardar en el llavero
# Bajo el nombre de una pasarela: su tipo, cómo se autentica, dónde está.
gateways-signs-in-with = se autentica con { $mode }
gateways-own-address = la dirección propia de la pasarela
gateways-default = predeterminada
gateways-make-default = Hacer predeterminada
gateways-make-default-pin = Enviar las ventas a { $name }
gateways-enter-credentials = Ingresar credenciales
gateways-test = Probar conexión
gateways-remove = Quitar
gateways-remove-pin = Quitar { $name }
# Un secreto y si está guardado: "Clave privada: Sin guardar".
gateways-mark = { $secret }: { $state }
gateways-now = Ahora: { $state }
gateways-state-stored = En el llavero
gateways-state-environment = Desde el entorno
gateways-state-missing = Sin guardar
gateways-state-unavailable = Sin llavero
# $secrets nombra lo que pide la pasarela, como "ID de cliente y Secreto de cliente".
gateways-needs-secrets = Después de añadirla, ingresa en Credenciales: { $secrets }.
# Los dos últimos de una lista: "ID de cliente y Secreto de cliente"; $first
# puede llevar más, separados por comas.
gateways-no-secrets = No necesita credenciales.
gateways-add-pin = Añadir la pasarela { $name }
gateways-added = Pasarela añadida. Ingresa sus credenciales abajo y luego pulsa Probar conexión. Las ventas siguen yendo a la pasarela predeterminada hasta que hagas predeterminada a esta.
gateways-testing = Probando { $name }…
gateways-passed = { $name }: todas las comprobaciones salieron bien.
gateways-failed = { $name }: falló una comprobación.
# Una comprobación de la prueba de conexión; $reason son las palabras de la app.
gateways-test-ok = BIEN: { $check }: { $reason }
gateways-test-failed = FALLÓ: { $check }: { $reason }
# Why a check of a connection test passed or failed. $why and $detail are
# the gateway's or the system's own words.
gateways-reason-answered = la pasarela respondió.
gateways-reason-accepted = la pasarela aceptó las credenciales.
gateways-reason-no-credentials = no hay credenciales guardadas: ingrésalas abajo.
gateways-reason-connect = no se puede usar la pasarela ({ $detail }).
gateways-reason-unreachable = no se puede acceder a la pasarela ({ $why }): revisa la conexión a internet y la dirección de la pasarela.
gateways-reason-refused = la pasarela rechazó las credenciales ({ $why }): ingrésalas de nuevo.
gateways-reason-credentials = no se pudieron comprobar las credenciales ({ $detail }).
gateways-reason-fiat = la pasarela admite cobros con precio en { $fiat }.
gateways-reason-fiat-open = la documentación de la pasarela no fija ningún límite para { $fiat }.
gateways-reason-fiat-off = la pasarela no admite cobros con precio en { $fiat }: activa { $fiat } en su panel, cambia la moneda de la tienda o elige otra pasarela.
gateways-reason-fiat-unknown = no se pudo comprobar { $fiat } ({ $detail }).
gateways-reason-assets = { $count ->
    [one] se ofrece un activo: { $codes }.
   *[other] se ofrecen { $count } activos: { $codes }.
}
gateways-reason-asset-missing = la caja preselecciona { $asset }, que la pasarela no ofrece: actívalo allí o elige como activo preseleccionado de la caja uno de estos: { $codes }.
gateways-reason-assets-unknown = no se pudo leer la lista de activos ({ $detail }).
gateways-check-reachable = accesible
gateways-check-credentials = credenciales
gateways-check-fiat = moneda de la tienda
gateways-check-assets = activos
gateways-fill-in = Completa todos los campos: { $field } está vacío.
gateways-store-pin = Guardar las credenciales de { $name }
gateways-stored = { $count ->
    [one] Se guardó { $count } secreto de { $name } en el llavero.
   *[other] Se guardaron { $count } secretos de { $name } en el llavero.
}

## Pasarelas: cada tipo, sus formas de autenticarse y los secretos que piden

gateways-kind-cryptofuse = Cryptofuse
gateways-kind-cryptopayment = CryptoPayment
gateways-kind-cryptoscan = CryptoScan
gateways-kind-sandbox = Pruebas (sin dinero real)
gateways-auth-cryptofuse-default = ID y secreto de cliente (OAuth)
gateways-auth-cryptofuse-api-key = Clave API para pagos, OAuth para lo demás
gateways-auth-cryptoscan-default = Solicitudes firmadas (clave pública y privada)
gateways-auth-cryptoscan-private-key = Clave privada en un encabezado
gateways-auth-cryptopayment-default = Clave y secreto API
gateways-auth-sandbox-default = Sin autenticación
gateways-secret-client-id = ID de cliente
gateways-secret-client-secret = Secreto de cliente
gateways-secret-api-key = Clave API
gateways-secret-api-secret = Secreto API
gateways-secret-public-key = Clave pública
gateways-secret-private-key = Clave privada

## Actualizaciones

update-title = Actualizaciones
update-check = Buscar actualizaciones
update-install = Descargar e instalar
update-off = Las actualizaciones están desactivadas (ajuste «Buscar actualizaciones»).
update-unchecked = Aún no se ha comprobado.
update-checking = Buscando actualizaciones…
update-up-to-date = Counterpay { $version } es la versión más reciente.
# Le siguen las notas de la versión, tal como llegaron.
update-available = Counterpay { $version } está disponible.
update-downloading-percent = Descargando { $version }: { $percent } %
update-downloading-kib = Descargando { $version }: { $kib } KiB
update-waiting = { $open ->
    [one] { $version } está lista; se instala cuando termine la venta abierta.
   *[other] { $version } está lista; se instala cuando terminen las { $open } ventas abiertas.
}
update-installing = Instalando { $version }; Counterpay se reinicia.
update-failed-check = No se pudo buscar actualizaciones ({ $detail }).
update-failed-download = La actualización a { $version } no se instaló: no se pudo descargar ({ $detail }).
update-failed-install = No se pudo instalar la actualización a { $version } ({ $detail }).
# El botón de la barra superior.
update-badge-available = Actualizar a { $version }
update-badge-updating = Actualizando…

## Tu PIN y el soporte (en la pestaña Ajustes)

settings-pin-title = Tu PIN
settings-pin-current =
    .placeholder = PIN actual
settings-pin-new =
    .placeholder = PIN nuevo (de 6 a 12 cifras)
settings-pin-change = Cambiar PIN
settings-pin-changed = PIN cambiado.
support-title = Soporte
support-copy = Copiar diagnóstico
support-help = Un informe en texto plano sobre esta caja (versión, ajustes, pasarelas, registro) para el soporte de Counterpay.
support-report =
    .aria-label = Informe de diagnóstico
support-collecting = Recopilando…
support-copied = Copiado. No contiene secretos: pégalo en tu mensaje al soporte.
support-select = Selecciona el texto de abajo y cópialo.

## Personal

staff-title = Personal
staff-col-name = Nombre
staff-col-role = Rol
staff-remove = Quitar
staff-remove-pin = Quitar a { $name }
staff-add-title = Añadir a alguien
staff-name =
    .placeholder = nombre
staff-role =
    .aria-label = Rol
staff-role-cashier = Cajero: vende
staff-role-manager = Encargado: también recaudación y turnos
staff-pin =
    .placeholder = su PIN (de 4 a 12 cifras)
staff-add = Añadir
staff-add-pin = Añadir a { $name }
staff-added = { $name } ya puede iniciar sesión.
