<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CurlCommands</name>
    <message>
        <source>Is the server up?</source>
        <translation>¿Está activo el servidor?</translation>
    </message>
    <message>
        <source>Log in with a session cookie (kept in cookies.txt)</source>
        <translation>Iniciar sesión con una cookie de sesión (guardada en cookies.txt)</translation>
    </message>
    <message>
        <source>Who am I, with the cookie</source>
        <translation>Quién soy, con la cookie</translation>
    </message>
    <message>
        <source>Log in for a JWT (keep access_token in $TOKEN)</source>
        <translation>Iniciar sesión para obtener un JWT (guardar access_token en $TOKEN)</translation>
    </message>
    <message>
        <source>Who am I, with the bearer token</source>
        <translation>Quién soy, con el token bearer</translation>
    </message>
    <message>
        <source>Swap a refresh token for new tokens</source>
        <translation>Canjear un token de actualización por tokens nuevos</translation>
    </message>
    <message>
        <source>Log out (cookie session)</source>
        <translation>Cerrar sesión (sesión con cookie)</translation>
    </message>
    <message>
        <source>The public signing keys</source>
        <translation>Las claves de firma públicas</translation>
    </message>
    <message>
        <source>Discovery document</source>
        <translation>Documento de descubrimiento</translation>
    </message>
    <message>
        <source>Is this token active? (RFC 7662)</source>
        <translation>¿Está activo este token? (RFC 7662)</translation>
    </message>
    <message>
        <source>Revoke a token (RFC 7009)</source>
        <translation>Revocar un token (RFC 7009)</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>AuthScope: see and revoke sessions, inspect and verify JWTs, rotate signing keys.</source>
        <translation>AuthScope: ver y revocar sesiones, inspeccionar y verificar JWT, rotar claves de firma.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the versions in use.</source>
        <translation>Mostrar las versiones en uso.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--db needs a path.</source>
        <translation>--db necesita una ruta.</translation>
    </message>
    <message>
        <source>Use language CODE (en, de, fr, es) instead of the system&apos;s.</source>
        <translation>Usar el idioma CODE (en, de, fr, es) en lugar del del sistema.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos; (use one of: %2).</source>
        <translation>Idioma desconocido «%1» (use uno de estos: %2).</translation>
    </message>
    <message>
        <source>Open the database at PATH (a file or postgresql://USER@HOST/DB).</source>
        <translation>Abrir la base de datos en PATH (un archivo o postgresql://USER@HOST/DB).</translation>
    </message>
    <message>
        <source>Open the connection profile NAME (File &gt; Connect…).</source>
        <translation>Abrir el perfil de conexión NAME (Archivo &gt; Conectar…).</translation>
    </message>
    <message>
        <source>--db and --profile name two databases: give one.</source>
        <translation>--db y --profile nombran dos bases de datos: indique solo una.</translation>
    </message>
</context>
<context>
    <name>IssuersPage</name>
    <message>
        <source>No key vault is open: a client secret cannot be sealed.</source>
        <translation>No hay ninguna bóveda de claves abierta: no se puede sellar un secreto de cliente.</translation>
    </message>
    <message>
        <source>The key store stayed locked: the client secret is sealed with the private keys and needs its passphrase.</source>
        <translation>El almacén de claves siguió bloqueado: el secreto de cliente se sella con las claves privadas y necesita su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>authscope::AboutDialog</name>
    <message>
        <source>About AuthScope</source>
        <translation>Acerca de AuthScope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;AuthScope %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;AuthScope %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop console for the people who run authentication: see and revoke sessions, read and verify JWTs, rotate signing keys, and measure the session-versus-JWT trade-off on your own machine.</source>
        <translation>Una consola de escritorio para quienes gestionan la autenticación: ver y revocar sesiones, leer y verificar JWT, rotar claves de firma y medir en su propio equipo el compromiso entre sesiones y JWT.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL:</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>Licencia MIT</translation>
    </message>
</context>
<context>
    <name>authscope::AttackJob</name>
    <message>
        <source>Starting the built-in server on a scratch database…</source>
        <translation>Iniciando el servidor integrado en una base de datos desechable…</translation>
    </message>
</context>
<context>
    <name>authscope::AttackPanel</name>
    <message>
        <source>Built-in server (a scratch database, removed afterwards)</source>
        <translation>Servidor integrado (una base de datos desechable, eliminada después)</translation>
    </message>
    <message>
        <source>Another server with the same endpoints:</source>
        <translation>Otro servidor con los mismos endpoints:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Used for the login requests of this run only; never saved or logged</source>
        <translation>Solo se usa para las peticiones de inicio de sesión de esta ejecución; nunca se guarda ni se registra</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Run &amp;attacks</source>
        <translation>&amp;Ejecutar ataques</translation>
    </message>
    <message>
        <source>Run the attacks</source>
        <translation>Ejecutar los ataques</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the attacks</source>
        <translation>Cancelar los ataques</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Export the attack results as JSON</source>
        <translation>Exportar los resultados de los ataques como JSON</translation>
    </message>
    <message>
        <source>Attack progress</source>
        <translation>Progreso de los ataques</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Attacks and their results</source>
        <translation>Ataques y sus resultados</translation>
    </message>
    <message>
        <source>Details of the selected attack</source>
        <translation>Detalles del ataque seleccionado</translation>
    </message>
    <message>
        <source>Select an attack to see what it sends, the rule it checks and what happened.</source>
        <translation>Seleccione un ataque para ver qué envía, qué regla comprueba y qué ocurrió.</translation>
    </message>
    <message>
        <source>Attacking %1…</source>
        <translation>Atacando %1…</translation>
    </message>
    <message>
        <source>Preparing the built-in server…</source>
        <translation>Preparando el servidor integrado…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Cancelling after the attack under way…</source>
        <translation>Cancelando tras el ataque en curso…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 attacks refused, %3 accepted, %4 errors, %5 skipped.</source>
        <translation>%1 de %2 ataques rechazados, %3 aceptados, %4 errores, %5 omitidos.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Cancelado. </translation>
    </message>
    <message>
        <source>The server refused every attack it was given.</source>
        <translation>El servidor rechazó todos los ataques que recibió.</translation>
    </message>
    <message>
        <source>Select a FAIL or error row to see what went wrong.</source>
        <translation>Seleccione una fila FAIL o de error para ver qué falló.</translation>
    </message>
    <message>
        <source>The attacks could not run: %1</source>
        <translation>No se pudieron ejecutar los ataques: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Esperado: %1</translation>
    </message>
    <message>
        <source>Got: %1</source>
        <translation>Obtenido: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Aún no ejecutado.</translation>
    </message>
    <message>
        <source>There are no attack results to export.</source>
        <translation>No hay resultados de ataques para exportar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export attack results</source>
        <translation>Exportar los resultados de los ataques</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Attack results saved to %1</source>
        <translation>Resultados de los ataques guardados en %1</translation>
    </message>
    <message>
        <source>%1 attacks ready. The built-in server needs no setup.</source>
        <translation>%1 ataques listos. El servidor integrado no necesita configuración.</translation>
    </message>
    <message>
        <source>optional: PEM, JWK or JWK Set with the private key</source>
        <translation>opcional: PEM, JWK o JWK Set con la clave privada</translation>
    </message>
    <message>
        <source>Signing key file</source>
        <translation>Archivo de la clave de firma</translation>
    </message>
    <message>
        <source>The server&apos;s private signing key, so that the claim attacks are signed with it; read for this run only, never saved</source>
        <translation>La clave de firma privada del servidor, para firmar con ella los ataques a los claims; se lee solo para esta ejecución y nunca se guarda</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Clave de &amp;firma:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Elegir el archivo de la clave de firma</translation>
    </message>
    <message>
        <source>Signing key of the server</source>
        <translation>Clave de firma del servidor</translation>
    </message>
    <message>
        <source>Keys (*.pem *.jwk *.json *.key);;All files (*)</source>
        <translation>Claves (*.pem *.jwk *.json *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 es demasiado grande para ser un archivo de clave.</translation>
    </message>
    <message>
        <source>The signing key cannot be used: %1</source>
        <translation>La clave de firma no se puede usar: %1</translation>
    </message>
    <message>
        <source>Sends the known attacks on sign-in tokens and sessions (forged algorithms, foreign keys, bad claims, stolen and fixed sessions, replayed refresh tokens, …) to a server as real requests and checks that it refuses every one.</source>
        <translation>Envía los ataques conocidos contra tokens de inicio de sesión y sesiones (algoritmos falsificados, claves ajenas, claims incorrectos, sesiones robadas y fijadas, tokens de actualización reutilizados, …) a un servidor como peticiones reales y comprueba que los rechaza todos.</translation>
    </message>
</context>
<context>
    <name>authscope::AttackTableModel</name>
    <message>
        <source>pass</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Ataque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Got</source>
        <translation>Obtenido</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>authscope::AuditPage</name>
    <message>
        <source>Action filter</source>
        <translation>Filtro de acciones</translation>
    </message>
    <message>
        <source>Filter by actor, target or details…</source>
        <translation>Filtrar por actor, objetivo o detalles…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtro de texto</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Reload the log (F5)</source>
        <translation>Recargar el registro (F5)</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and report the first row that was edited, inserted or deleted</source>
        <translation>Recalcular el hash de cada fila e informar de la primera fila modificada, insertada o eliminada</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Acc&amp;ión:</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Detalles de la entrada</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>%1* (all)</source>
        <translation>%1* (todas)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check the chain: %1</source>
        <translation>No se pudo comprobar la cadena: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain intact: %Ln row(s) checked, none edited, inserted or deleted.</source>
        <translation>
            <numerusform>✔ Cadena intacta: %Ln fila comprobada, ninguna modificada, insertada ni eliminada.</numerusform>
            <numerusform>✔ Cadena intacta: %Ln filas comprobadas, ninguna modificada, insertada ni eliminada.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ Chain broken at row %1: %2</source>
        <translation>✘ Cadena rota en la fila %1: %2</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln fila exportada a %1</numerusform>
            <numerusform>%Ln filas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Show the entries whose actor, target or details contain this text (Ctrl+F)</source>
        <translation>Mostrar las entradas cuyo actor, objetivo o detalles contienen este texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ver&amp;ify chain</source>
        <translation>Verificar &amp;cadena</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>Filtro de fecha</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Since…</source>
        <translation>Desde…</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>No entry matches these filters. Widen the date range, choose &quot;All actions&quot; or clear the text filter.</source>
        <translation>Ninguna entrada coincide con estos filtros. Amplíe el intervalo de fechas, elija «Todas las acciones» o borre el filtro de texto.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>El registro de auditoría está vacío.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Hashes</source>
        <translation>Hashes</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>this row</source>
        <translation>esta fila</translation>
    </message>
    <message>
        <source>No seals found, and none checked: unlock the key vault (Keys page); only its passphrase tells whether this log must carry seals.</source>
        <translation>No se encontraron sellos y no se comprobó ninguno: desbloquee el almacén de claves (página Claves); solo su frase de contraseña indica si este registro debe llevar sellos.</translation>
    </message>
    <message>
        <source>Not sealed yet: the audit key is made when the key vault is first unlocked.</source>
        <translation>Aún sin sellar: la clave de auditoría se crea la primera vez que se desbloquea la bóveda de claves.</translation>
    </message>
    <message>
        <source>Seals not checked: unlock the key vault (Keys page) to check them.</source>
        <translation>Sellos no comprobados: desbloquee la bóveda de claves (página Claves) para comprobarlos.</translation>
    </message>
    <message>
        <source>Sealed through row %1; every seal checked.</source>
        <translation>Sellado hasta la fila %1; todos los sellos comprobados.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer row(s) not sealed yet (written while the vault was locked).</source>
        <translation>
            <numerusform>%Ln fila más reciente aún sin sellar (escrita con la bóveda bloqueada).</numerusform>
            <numerusform>%Ln filas más recientes aún sin sellar (escritas con la bóveda bloqueada).</numerusform>
        </translation>
    </message>
    <message>
        <source>(kind of break: %1)</source>
        <translation>(tipo de ruptura: %1)</translation>
    </message>
    <message>
        <source>The audit log could not record the export, so %1 was removed: %2</source>
        <translation>El registro de auditoría no pudo anotar la exportación, así que se eliminó %1: %2</translation>
    </message>
</context>
<context>
    <name>authscope::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>authscope::BackchannelPanel</name>
    <message>
        <source>Relying parties told of every session that ends, by a signed logout token (OpenID Connect Back-Channel Logout). Changes apply at the next start.</source>
        <translation>Se avisa a las partes que confían de cada sesión que termina con un token de cierre de sesión firmado (OpenID Connect Back-Channel Logout). Los cambios se aplican en el próximo inicio.</translation>
    </message>
    <message>
        <source>Back-channel logout URI</source>
        <translation>URI de logout back-channel</translation>
    </message>
    <message>
        <source>Add lo&amp;gout URI</source>
        <translation>&amp;Añadir URI de logout</translation>
    </message>
    <message>
        <source>Dele&amp;te URI</source>
        <translation>&amp;Borrar URI</translation>
    </message>
    <message>
        <source>Back-channel logout URIs</source>
        <translation>URI de logout back-channel</translation>
    </message>
    <message>
        <source>Back-channel logout trace</source>
        <translation>Traza del logout back-channel</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>No es una URL http(s): %1</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Ya está en la lista.</translation>
    </message>
</context>
<context>
    <name>authscope::BackchannelTraceModel</name>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>RP / issuer</source>
        <translation>RP / emisor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>sid</source>
        <translation>sid</translation>
    </message>
    <message>
        <source>sub</source>
        <translation>sub</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>authscope::BytesView</name>
    <message>
        <source>minimal claims</source>
        <translation>claims mínimos</translation>
    </message>
    <message>
        <source>typical claims</source>
        <translation>claims típicos</translation>
    </message>
    <message>
        <source>rich claims</source>
        <translation>claims abundantes</translation>
    </message>
    <message>
        <source>Bytes on the wire: bar chart</source>
        <translation>Bytes transmitidos: gráfico de barras</translation>
    </message>
    <message>
        <source>What anyone who reads the token sees</source>
        <translation>Lo que ve cualquiera que lea el token</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>The cookie value or the compact JWT</source>
        <translation>El valor de la cookie o el JWT compacto</translation>
    </message>
    <message>
        <source>Request header</source>
        <translation>Cabecera de la petición</translation>
    </message>
    <message>
        <source>The header line a client sends with every request</source>
        <translation>La línea de cabecera que un cliente envía con cada petición</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Establecido por</translation>
    </message>
    <message>
        <source>The response header that delivers it (a bearer token comes in a response body)</source>
        <translation>La cabecera de respuesta que lo entrega (un token bearer llega en el cuerpo de la respuesta)</translation>
    </message>
    <message>
        <source>session cookie</source>
        <translation>cookie de sesión</translation>
    </message>
    <message>
        <source>bearer JWT</source>
        <translation>JWT bearer</translation>
    </message>
    <message>
        <source>response body</source>
        <translation>cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Select a row to see what the credential reveals.</source>
        <translation>Seleccione una fila para ver qué revela la credencial.</translation>
    </message>
    <message>
        <source>The session cookie reveals nothing:</source>
        <translation>La cookie de sesión no revela nada:</translation>
    </message>
    <message>
        <source>Anyone who reads this token (JWT %1, %2) sees this, no key needed:</source>
        <translation>Cualquiera que lea este token (JWT %1, %2) ve esto, sin necesidad de clave:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Cabecera:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Carga útil:</translation>
    </message>
    <message>
        <source>No bytes-on-the-wire run yet</source>
        <translation>Aún no hay ninguna ejecución de bytes transmitidos</translation>
    </message>
    <message>
        <source>JWT %1</source>
        <translation>JWT %1</translation>
    </message>
    <message>
        <source>claim set</source>
        <translation>conjunto de claims</translation>
    </message>
    <message>
        <source>Set-Cookie header (%1 B)</source>
        <translation>Cabecera Set-Cookie (%1 B)</translation>
    </message>
    <message>
        <source>It is a random ID of %1 characters. The user, the roles and the expiry stay on the server, which looks them up on each request.</source>
        <translation>Es un ID aleatorio de %1 caracteres. El usuario, los roles y la caducidad se quedan en el servidor, que los consulta en cada petición.</translation>
    </message>
    <message>
        <source>session cookie (%1 B)</source>
        <translation>cookie de sesión (%1 B)</translation>
    </message>
    <message>
        <source>bytes per request</source>
        <translation>bytes por petición</translation>
    </message>
</context>
<context>
    <name>authscope::ClaimCatalog</name>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Who issued and signed the token. A verifier compares it exactly with the issuer it trusts.</source>
        <translation>Quién emitió y firmó el token. Un verificador lo compara exactamente con el emisor en el que confía.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Whom the token is about, usually a user or client ID, unique within the issuer.</source>
        <translation>A quién se refiere el token, normalmente un ID de usuario o de cliente, único dentro del emisor.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>The recipients the token is meant for (a string or an array). A recipient that does not find itself here must reject the token.</source>
        <translation>Los destinatarios a los que va dirigido el token (una cadena o un array). Un destinatario que no se encuentre aquí debe rechazar el token.</translation>
    </message>
    <message>
        <source>Expiration Time</source>
        <translation>Fecha de expiración</translation>
    </message>
    <message>
        <source>From this moment on the token must not be accepted (a NumericDate: seconds since 1970-01-01 UTC).</source>
        <translation>A partir de este momento el token no debe aceptarse (un NumericDate: segundos desde 1970-01-01 UTC).</translation>
    </message>
    <message>
        <source>Not Before</source>
        <translation>No antes de</translation>
    </message>
    <message>
        <source>Before this moment the token must not be accepted (a NumericDate).</source>
        <translation>Antes de este momento el token no debe aceptarse (un NumericDate).</translation>
    </message>
    <message>
        <source>Issued At</source>
        <translation>Emitido el</translation>
    </message>
    <message>
        <source>When the token was issued (a NumericDate); tells its age.</source>
        <translation>Cuándo se emitió el token (un NumericDate); indica su antigüedad.</translation>
    </message>
    <message>
        <source>JWT ID</source>
        <translation>ID del JWT</translation>
    </message>
    <message>
        <source>A unique identifier of this token: lets a server refuse replays and revoke one token (deny-list by issuer and jti).</source>
        <translation>Un identificador único de este token: permite a un servidor rechazar repeticiones y revocar un solo token (lista de denegación por emisor y jti).</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>The OAuth 2.0 scopes granted, separated by spaces.</source>
        <translation>Los ámbitos de OAuth 2.0 concedidos, separados por espacios.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>The OAuth 2.0 client the token was issued to.</source>
        <translation>El cliente de OAuth 2.0 al que se emitió el token.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>The party acting on behalf of the subject (delegation).</source>
        <translation>La parte que actúa en nombre del sujeto (delegación).</translation>
    </message>
    <message>
        <source>Authorized Actor</source>
        <translation>Actor autorizado</translation>
    </message>
    <message>
        <source>Who may act on behalf of the subject.</source>
        <translation>Quién puede actuar en nombre del sujeto.</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>The key the presenter must prove to hold (proof of possession).</source>
        <translation>La clave cuya posesión debe demostrar quien presenta el token (prueba de posesión).</translation>
    </message>
    <message>
        <source>Authorized Party</source>
        <translation>Parte autorizada</translation>
    </message>
    <message>
        <source>The client the ID token was issued to.</source>
        <translation>El cliente al que se emitió el token de ID.</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>A value from the authentication request, bound to the ID token to stop replays.</source>
        <translation>Un valor de la solicitud de autenticación, vinculado al token de ID para impedir repeticiones.</translation>
    </message>
    <message>
        <source>Authentication Time</source>
        <translation>Hora de autenticación</translation>
    </message>
    <message>
        <source>When the user last authenticated (a NumericDate).</source>
        <translation>Cuándo se autenticó el usuario por última vez (un NumericDate).</translation>
    </message>
    <message>
        <source>Authentication Context Class</source>
        <translation>Clase de contexto de autenticación</translation>
    </message>
    <message>
        <source>How strongly the user was authenticated.</source>
        <translation>Con qué nivel de seguridad se autenticó el usuario.</translation>
    </message>
    <message>
        <source>Authentication Methods</source>
        <translation>Métodos de autenticación</translation>
    </message>
    <message>
        <source>The methods used to authenticate (pwd, otp, mfa…).</source>
        <translation>Los métodos usados para la autenticación (pwd, otp, mfa…).</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>ID de sesión</translation>
    </message>
    <message>
        <source>The identity provider&apos;s session the token belongs to (used for logout).</source>
        <translation>La sesión del proveedor de identidad a la que pertenece el token (se usa para cerrar sesión).</translation>
    </message>
    <message>
        <source>Access Token Hash</source>
        <translation>Hash del token de acceso</translation>
    </message>
    <message>
        <source>Code Hash</source>
        <translation>Hash del código</translation>
    </message>
    <message>
        <source>Half of a hash that binds the ID token to the access token or code issued with it.</source>
        <translation>La mitad de un hash que vincula el token de ID al token de acceso o al código emitido con él.</translation>
    </message>
    <message>
        <source>Updated At</source>
        <translation>Actualizado el</translation>
    </message>
    <message>
        <source>When the user&apos;s profile was last changed (a NumericDate).</source>
        <translation>Cuándo se modificó por última vez el perfil del usuario (un NumericDate).</translation>
    </message>
    <message>
        <source>Standard user claim</source>
        <translation>Claim de usuario estándar</translation>
    </message>
    <message>
        <source>Profile information about the user; readable by anyone who holds the token.</source>
        <translation>Información de perfil del usuario; legible por cualquiera que tenga el token.</translation>
    </message>
    <message>
        <source>Authorization attribute</source>
        <translation>Atributo de autorización</translation>
    </message>
    <message>
        <source>Roles, groups or entitlements of the subject, used for access decisions.</source>
        <translation>Roles, grupos o derechos del sujeto, usados para las decisiones de acceso.</translation>
    </message>
    <message>
        <source>Security Events</source>
        <translation>Eventos de seguridad</translation>
    </message>
    <message>
        <source>The events a Security Event Token reports.</source>
        <translation>Los eventos que notifica un Security Event Token.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>The algorithm the token says it was signed with. A safe verifier pins the algorithm itself and only checks that this one is allowed.</source>
        <translation>El algoritmo con el que el token dice haber sido firmado. Un verificador seguro fija el algoritmo por sí mismo y solo comprueba que este esté permitido.</translation>
    </message>
    <message>
        <source>JWK Set URL</source>
        <translation>URL del JWK Set</translation>
    </message>
    <message>
        <source>A URL of keys named by the token itself: never trust it to choose the verification key.</source>
        <translation>Una URL de claves indicada por el propio token: nunca confíe en ella para elegir la clave de verificación.</translation>
    </message>
    <message>
        <source>JSON Web Key</source>
        <translation>JSON Web Key</translation>
    </message>
    <message>
        <source>A key embedded by the token itself: never trust it to verify the same token.</source>
        <translation>Una clave incrustada por el propio token: nunca confíe en ella para verificar ese mismo token.</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>Names the key that signed the token; a verifier looks it up by exact match in its own keys.</source>
        <translation>Identifica la clave que firmó el token; un verificador la busca por coincidencia exacta entre sus propias claves.</translation>
    </message>
    <message>
        <source>X.509 URL</source>
        <translation>URL X.509</translation>
    </message>
    <message>
        <source>A URL of a certificate chain named by the token itself: never a source of trust.</source>
        <translation>Una URL de una cadena de certificados indicada por el propio token: nunca es una fuente de confianza.</translation>
    </message>
    <message>
        <source>X.509 Certificate Chain</source>
        <translation>Cadena de certificados X.509</translation>
    </message>
    <message>
        <source>Certificates embedded in the token: only trustworthy after validating the chain against your own roots.</source>
        <translation>Certificados incrustados en el token: solo son de confianza tras validar la cadena con sus propias raíces.</translation>
    </message>
    <message>
        <source>X.509 SHA-1 Thumbprint</source>
        <translation>Huella SHA-1 X.509</translation>
    </message>
    <message>
        <source>Names the signing certificate by its SHA-1 hash.</source>
        <translation>Identifica el certificado de firma por su hash SHA-1.</translation>
    </message>
    <message>
        <source>X.509 SHA-256 Thumbprint</source>
        <translation>Huella SHA-256 X.509</translation>
    </message>
    <message>
        <source>Names the signing certificate by its SHA-256 hash.</source>
        <translation>Identifica el certificado de firma por su hash SHA-256.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>The media type of the whole token (&quot;JWT&quot;, &quot;at+jwt&quot;…): lets a verifier refuse a token of another kind.</source>
        <translation>El tipo de medio del token completo (&quot;JWT&quot;, &quot;at+jwt&quot;…): permite a un verificador rechazar un token de otro tipo.</translation>
    </message>
    <message>
        <source>Content Type</source>
        <translation>Tipo de contenido</translation>
    </message>
    <message>
        <source>The media type of the payload (&quot;JWT&quot; for a nested token).</source>
        <translation>El tipo de medio de la carga útil (&quot;JWT&quot; para un token anidado).</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Header extensions the verifier must understand, or else reject the token.</source>
        <translation>Extensiones de cabecera que el verificador debe entender o, si no, rechazar el token.</translation>
    </message>
    <message>
        <source>Base64url-Encode Payload</source>
        <translation>Codificar la carga útil en Base64url</translation>
    </message>
    <message>
        <source>false means the payload is sent unencoded (never allowed in a JWT).</source>
        <translation>false significa que la carga útil se envía sin codificar (nunca permitido en un JWT).</translation>
    </message>
    <message>
        <source>Encryption Algorithm</source>
        <translation>Algoritmo de cifrado</translation>
    </message>
    <message>
        <source>The content encryption of a JWE (A256GCM…).</source>
        <translation>El cifrado del contenido de un JWE (A256GCM…).</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Compresión</translation>
    </message>
    <message>
        <source>The payload was compressed before encryption (DEF).</source>
        <translation>La carga útil se comprimió antes del cifrado (DEF).</translation>
    </message>
    <message>
        <source>Ephemeral Public Key</source>
        <translation>Clave pública efímera</translation>
    </message>
    <message>
        <source>The sender&apos;s one-time key for ECDH key agreement.</source>
        <translation>La clave de un solo uso del remitente para el acuerdo de claves ECDH.</translation>
    </message>
    <message>
        <source>Agreement PartyUInfo</source>
        <translation>Agreement PartyUInfo</translation>
    </message>
    <message>
        <source>Agreement PartyVInfo</source>
        <translation>Agreement PartyVInfo</translation>
    </message>
    <message>
        <source>Information about the parties, mixed into the ECDH key derivation.</source>
        <translation>Información sobre las partes, incorporada a la derivación de claves ECDH.</translation>
    </message>
    <message>
        <source>Initialization Vector</source>
        <translation>Vector de inicialización</translation>
    </message>
    <message>
        <source>Authentication Tag</source>
        <translation>Etiqueta de autenticación</translation>
    </message>
    <message>
        <source>A parameter of AES-GCM key wrapping.</source>
        <translation>Un parámetro del envoltorio de claves AES-GCM.</translation>
    </message>
    <message>
        <source>PBES2 Salt</source>
        <translation>Sal PBES2</translation>
    </message>
    <message>
        <source>PBES2 Count</source>
        <translation>Iteraciones PBES2</translation>
    </message>
    <message>
        <source>A parameter of password-based key wrapping.</source>
        <translation>Un parámetro del envoltorio de claves basado en contraseña.</translation>
    </message>
</context>
<context>
    <name>authscope::ClaimsPanel</name>
    <message>
        <source>Header parameters</source>
        <translation>Parámetros de cabecera</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Claims (hover a name for its meaning and RFC section)</source>
        <translation>Claims (ratón sobre un nombre: significado y RFC)</translation>
    </message>
</context>
<context>
    <name>authscope::ClaimsTableModel</name>
    <message>
        <source>%1: a header parameter not registered by the JOSE specifications; its meaning is up to the issuer.</source>
        <translation>%1: un parámetro de cabecera no registrado en las especificaciones JOSE; su significado depende del emisor.</translation>
    </message>
    <message>
        <source>%1: a private claim, not registered; its meaning is up to the issuer.</source>
        <translation>%1: un claim privado, no registrado; su significado depende del emisor.</translation>
    </message>
    <message>
        <source>%1 (%2)
%3
Defined in %4</source>
        <translation>%1 (%2)
%3
Definido en %4</translation>
    </message>
    <message>
        <source>This claim looks sensitive: a JWT payload is only encoded, not encrypted, so anyone who holds the token can read it.</source>
        <translation>Este claim parece sensible: la carga útil de un JWT solo está codificada, no cifrada, así que cualquiera que tenga el token puede leerla.</translation>
    </message>
    <message>
        <source>A NumericDate must be a number of seconds since 1970-01-01 UTC, between 0 and year 9999.</source>
        <translation>Un NumericDate debe ser un número de segundos desde 1970-01-01 UTC, entre 0 y el año 9999.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not a valid NumericDate</source>
        <translation>NumericDate no válido</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Relative to now</source>
        <translation>Respecto a ahora</translation>
    </message>
</context>
<context>
    <name>authscope::CollapsibleSection</name>
    <message>
        <source> (expanded)</source>
        <translation> (desplegado)</translation>
    </message>
    <message>
        <source> (collapsed)</source>
        <translation> (plegado)</translation>
    </message>
</context>
<context>
    <name>authscope::ConnectDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation>Conectar con una base de datos</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Nuevo perfil</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>&amp;Borrar perfil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>A new profile: fill in the form and save it.</source>
        <translation>Un perfil nuevo: rellene el formulario y guárdelo.</translation>
    </message>
    <message>
        <source>No profiles yet: describe a database and save it.</source>
        <translation>Aún no hay perfiles: describa una base de datos y guárdela.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>La contraseña está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The password was not saved: %1 AuthScope will use PostgreSQL&apos;s own sources (PGPASSWORD, ~/.pgpass) or ask when it connects.</source>
        <translation>La contraseña no se guardó: %1 AuthScope usará las fuentes propias de PostgreSQL (PGPASSWORD, ~/.pgpass) o la pedirá al conectar.</translation>
    </message>
    <message>
        <source>The password was not saved: AuthScope will ask when it connects.</source>
        <translation>La contraseña no se guardó: AuthScope la pedirá al conectar.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Borrar perfil</translation>
    </message>
    <message>
        <source>Delete the profile %1 and its saved password? The database itself is not touched.</source>
        <translation>¿Borrar el perfil %1 y su contraseña guardada? La base de datos en sí no se toca.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 borrado.</translation>
    </message>
    <message>
        <source>(No keychain entry was removed: %1)</source>
        <translation>(No se eliminó ninguna entrada del llavero: %1)</translation>
    </message>
</context>
<context>
    <name>authscope::CostView</name>
    <message>
        <source>Bars show:</source>
        <translation>Las barras muestran:</translation>
    </message>
    <message>
        <source>Throughput (requests per second)</source>
        <translation>Rendimiento (peticiones por segundo)</translation>
    </message>
    <message>
        <source>Latency (p50, p90, p99 in ms)</source>
        <translation>Latencia (p50, p90, p99 en ms)</translation>
    </message>
    <message>
        <source>What the bars show</source>
        <translation>Qué muestran las barras</translation>
    </message>
    <message>
        <source>Cost per request: bar chart</source>
        <translation>Coste por petición: gráfico de barras</translation>
    </message>
    <message>
        <source>Cost per request: latency histogram</source>
        <translation>Coste por petición: histograma de latencia</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Peticiones/s</translation>
    </message>
    <message>
        <source>vs. no auth</source>
        <translation>vs. sin aut.</translation>
    </message>
    <message>
        <source>Requests per second relative to the same server without authentication</source>
        <translation>Peticiones por segundo respecto al mismo servidor sin autenticación</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>Half the requests took at most this long</source>
        <translation>La mitad de las peticiones tardó como máximo esto</translation>
    </message>
    <message>
        <source>p90 (ms)</source>
        <translation>p90 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>One request in a hundred took longer than this</source>
        <translation>Una de cada cien peticiones tardó más</translation>
    </message>
    <message>
        <source>Added (ms)</source>
        <translation>Añadido (ms)</translation>
    </message>
    <message>
        <source>Mean latency minus the mean latency without authentication</source>
        <translation>Latencia media menos la latencia media sin autenticación</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Answers other than 200 and failed connections</source>
        <translation>Respuestas distintas de 200 y conexiones fallidas</translation>
    </message>
    <message>
        <source>No cost-per-request run yet</source>
        <translation>Aún no hay ninguna ejecución de coste por petición</translation>
    </message>
    <message>
        <source>no authentication (baseline)</source>
        <translation>sin autenticación (referencia)</translation>
    </message>
    <message>
        <source>session cookie</source>
        <translation>cookie de sesión</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>requests per second (higher is better)</source>
        <translation>peticiones por segundo (más es mejor)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>latency in milliseconds (lower is better)</source>
        <translation>latencia en milisegundos (menos es mejor)</translation>
    </message>
    <message>
        <source>This run has no latency histogram</source>
        <translation>Esta ejecución no tiene histograma de latencia</translation>
    </message>
    <message>
        <source>The latency histogram appears after a run</source>
        <translation>El histograma aparece tras ejecutar</translation>
    </message>
    <message>
        <source>Tick modes in the table to draw their latency</source>
        <translation>Marque modos en la tabla para dibujar su latencia</translation>
    </message>
    <message>
        <source>share of requests (%)</source>
        <translation>proporción de peticiones (%)</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>sin aut.</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>cookie</translation>
    </message>
    <message>
        <source>cookie, no cache</source>
        <translation>cookie, sin caché</translation>
    </message>
    <message>
        <source>cookie, renew all</source>
        <translation>cookie, siempre renovada</translation>
    </message>
    <message>
        <source>%1 + deny</source>
        <translation>%1 + denegación</translation>
    </message>
    <message>
        <source>Mode (ticked: in the histogram)</source>
        <translation>Modo (marcado: en el histograma)</translation>
    </message>
    <message>
        <source>Tick modes to compare their latency in the histogram</source>
        <translation>Marque modos para comparar su latencia en el histograma</translation>
    </message>
    <message>
        <source>JWT %1 + deny</source>
        <translation>JWT %1 + denegación</translation>
    </message>
    <message>
        <source>JWT %1</source>
        <translation>JWT %1</translation>
    </message>
    <message>
        <source>JWT %1 once</source>
        <translation>JWT %1 una vez</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>%1 una vez</translation>
    </message>
    <message>
        <source>latency (ms, log scale)</source>
        <translation>latencia (ms, escala log.)</translation>
    </message>
</context>
<context>
    <name>authscope::DatabaseProblemDialog</name>
    <message>
        <source>AuthScope databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de AuthScope (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>AuthScope cannot open its database</source>
        <translation>AuthScope no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>Open another AuthScope database, or create a new one. The file above was left as it is.</source>
        <translation>Abra otra base de datos de AuthScope o cree una nueva. El archivo de arriba se deja tal como está.</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>Abrir &amp;otra…</translation>
    </message>
    <message>
        <source>&amp;Create new…</source>
        <translation>&amp;Crear una nueva…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>authscope::DecodedPanel</name>
    <message>
        <source>Decoded header</source>
        <translation>Cabecera decodificada</translation>
    </message>
    <message>
        <source>Decoded payload</source>
        <translation>Carga útil decodificada</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy the decoded header JSON</source>
        <translation>Copiar el JSON de la cabecera decodificada</translation>
    </message>
    <message>
        <source>Copy the decoded payload</source>
        <translation>Copiar la carga útil decodificada</translation>
    </message>
    <message>
        <source>Header: algorithm and token type</source>
        <translation>Cabecera: algoritmo y tipo de token</translation>
    </message>
    <message>
        <source>Payload: data</source>
        <translation>Carga útil: datos</translation>
    </message>
    <message>
        <source>The payload of a JWE is encrypted (%1).</source>
        <translation>La carga útil de un JWE está cifrada (%1).</translation>
    </message>
    <message>
        <source>A JWE has no signature: its integrity comes from the authentication tag.</source>
        <translation>Un JWE no tiene firma: su integridad procede de la etiqueta de autenticación.</translation>
    </message>
    <message>
        <source>The payload is not a JSON object or array: shown as text (a plain JWS, not a JWT).</source>
        <translation>La carga útil no es un objeto ni un array JSON: se muestra como texto (un JWS simple, no un JWT).</translation>
    </message>
    <message numerus="yes">
        <source>The payload is binary (%Ln byte(s)): shown in hex.</source>
        <translation>
            <numerusform>La carga útil es binaria (%Ln byte): se muestra en hexadecimal.</numerusform>
            <numerusform>La carga útil es binaria (%Ln bytes): se muestra en hexadecimal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: the token is not signed.</source>
        <translation>Vacía: el token no está firmado.</translation>
    </message>
    <message>
        <source>%1 bytes: r‖s for %2, as JWS requires (not DER)</source>
        <translation>%1 bytes: r‖s para %2, como exige JWS (no DER)</translation>
    </message>
    <message>
        <source>%1 bytes, but %2 needs exactly %3 (r‖s): this signature cannot be valid</source>
        <translation>%1 bytes, pero %2 necesita exactamente %3 (r‖s): esta firma no puede ser válida</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s), %1</source>
        <translation>
            <numerusform>%Ln byte, %1</numerusform>
            <numerusform>%Ln bytes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>base64url: %1
hex: %2</source>
        <translation>base64url: %1
hex: %2</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts): only its protected header can be read without the key. &lt;a href=&quot;#decrypt&quot;&gt;Decrypt it&lt;/a&gt; with its key to see the payload; a signed token inside can then be read and verified.</source>
        <translation>Es un token cifrado (JWE, cinco partes): sin la clave solo se puede leer su cabecera protegida. &lt;a href=&quot;#decrypt&quot;&gt;Descífrelo&lt;/a&gt; con su clave para ver la carga útil; después se puede leer y verificar el token firmado que contenga.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Key binding</source>
        <translation>Vinculación a una clave</translation>
    </message>
    <message>
        <source>Check a proof…</source>
        <translation>Comprobar una prueba…</translation>
    </message>
    <message>
        <source>Encrypted: decrypt it on the Decrypt tab to read the payload.</source>
        <translation>Cifrado: descífrelo en la pestaña Descifrar para leer la carga útil.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
</context>
<context>
    <name>authscope::DecryptKeySource</name>
    <message>
        <source>secret key of %1 bits</source>
        <translation>clave secreta de %1 bits</translation>
    </message>
    <message>
        <source>RSA %1-bit private key</source>
        <translation>Clave privada RSA de %1 bits</translation>
    </message>
    <message>
        <source>RSA %1-bit public key</source>
        <translation>Clave pública RSA de %1 bits</translation>
    </message>
    <message>
        <source>%1 private key</source>
        <translation>Clave privada %1</translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation>Clave pública %1</translation>
    </message>
    <message>
        <source> · kid &apos;%1&apos;</source>
        <translation> · kid «%1»</translation>
    </message>
    <message>
        <source>Decryption key source</source>
        <translation>Origen de la clave de descifrado</translation>
    </message>
    <message>
        <source>Pasted JWK, JWK Set or PEM</source>
        <translation>JWK, JWK Set o PEM pegado</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Password (PBES2)</source>
        <translation>Contraseña (PBES2)</translation>
    </message>
    <message>
        <source>This database&apos;s key store</source>
        <translation>Almacén de claves de esta base de datos</translation>
    </message>
    <message>
        <source>Paste the private key: a JWK, a JWK Set (the token&apos;s kid picks the key) or a PEM private key. An encrypted PEM asks for its passphrase when you decrypt.</source>
        <translation>Pegue la clave privada: un JWK, un JWK Set (el kid del token elige la clave) o una clave privada PEM. Un PEM cifrado pide su frase de contraseña al descifrar.</translation>
    </message>
    <message>
        <source>Decryption key text</source>
        <translation>Texto de la clave de descifrado</translation>
    </message>
    <message>
        <source>The password the token was encrypted with (PBES2)</source>
        <translation>La contraseña con la que se cifró el token (PBES2)</translation>
    </message>
    <message>
        <source>PBES2 password</source>
        <translation>Contraseña PBES2</translation>
    </message>
    <message>
        <source>Choose the decryption key</source>
        <translation>Elegir la clave de descifrado</translation>
    </message>
    <message>
        <source>Keys (*.pem *.jwk *.json *.jwks *.key);;All files (*)</source>
        <translation>Claves (*.pem *.jwk *.json *.jwks *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Path of a JWK, JWK Set or PEM private key</source>
        <translation>Ruta de un JWK, JWK Set o clave privada PEM</translation>
    </message>
    <message>
        <source>Decryption key file path</source>
        <translation>Ruta del archivo de la clave de descifrado</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Key store key</source>
        <translation>Clave del almacén de claves</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes: a key file is at most 1 MiB, so this is not one.</source>
        <translation>%1 ocupa %2 bytes: un archivo de clave ocupa como máximo 1 MiB, así que no lo es.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>No key store is open in this window.</source>
        <translation>No hay ningún almacén de claves abierto en esta ventana.</translation>
    </message>
    <message>
        <source>The key store cannot be read: %1 (%2)</source>
        <translation>No se puede leer el almacén de claves: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The key store&apos;s encryption keys do not fit this token&apos;s algorithm.</source>
        <translation>Las claves de cifrado del almacén no encajan con el algoritmo de este token.</translation>
    </message>
    <message>
        <source>This database&apos;s key store holds no encryption key (use &quot;enc&quot;); signing keys never decrypt.</source>
        <translation>El almacén de claves de esta base de datos no tiene ninguna clave de cifrado (uso «enc»); las claves de firma nunca descifran.</translation>
    </message>
    <message>
        <source>The key store is locked: its passphrase is asked when you decrypt.</source>
        <translation>El almacén de claves está bloqueado: su frase de contraseña se pide al descifrar.</translation>
    </message>
    <message>
        <source>This is a public key: it can encrypt to its owner, but only the private key decrypts.</source>
        <translation>Es una clave pública: sirve para cifrar para su dueño, pero solo la clave privada descifra.</translation>
    </message>
    <message>
        <source>No key file chosen yet.</source>
        <translation>Aún no se ha elegido ningún archivo de clave.</translation>
    </message>
    <message>
        <source>No key pasted yet.</source>
        <translation>Aún no se ha pegado ninguna clave.</translation>
    </message>
    <message>
        <source>Encrypted private key</source>
        <translation>Clave privada cifrada</translation>
    </message>
    <message>
        <source>The private key is encrypted. Its passphrase opens it for this decryption; it is not kept.</source>
        <translation>La clave privada está cifrada. Su frase de contraseña la abre para este descifrado; no se guarda.</translation>
    </message>
    <message>
        <source>No passphrase given: the key stays closed.</source>
        <translation>No se indicó frase de contraseña: la clave sigue cerrada.</translation>
    </message>
    <message>
        <source>No password entered yet.</source>
        <translation>Aún no se ha introducido ninguna contraseña.</translation>
    </message>
    <message>
        <source>No key store key chosen.</source>
        <translation>No se eligió ninguna clave del almacén.</translation>
    </message>
    <message>
        <source>The key store stays locked: its keys cannot be used.</source>
        <translation>El almacén de claves sigue bloqueado: sus claves no se pueden usar.</translation>
    </message>
    <message>
        <source>no key file</source>
        <translation>ningún archivo de clave</translation>
    </message>
    <message>
        <source>key file %1</source>
        <translation>archivo de clave %1</translation>
    </message>
    <message>
        <source>pasted key</source>
        <translation>clave pegada</translation>
    </message>
    <message>
        <source>no key store key</source>
        <translation>ninguna clave del almacén</translation>
    </message>
    <message>
        <source>the key store&apos;s key &apos;%1&apos;</source>
        <translation>la clave «%1» del almacén de claves</translation>
    </message>
    <message numerus="yes">
        <source>✔ A password of %Ln character(s), for PBES2 tokens</source>
        <translation>
            <numerusform>✔ Una contraseña de %Ln carácter, para tokens PBES2</numerusform>
            <numerusform>✔ Una contraseña de %Ln caracteres, para tokens PBES2</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>✔ %1 (opened with its passphrase)</source>
        <translation>✔ %1 (abierta con su frase de contraseña)</translation>
    </message>
    <message>
        <source>An encrypted private key: its passphrase is asked when you decrypt.</source>
        <translation>Una clave privada cifrada: su frase de contraseña se pide al descifrar.</translation>
    </message>
    <message>
        <source>✘ %1 (%2)</source>
        <translation>✘ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>authscope::DecryptOptionsEditor</name>
    <message>
        <source>Allowed key management algorithms</source>
        <translation>Algoritmos de gestión de claves permitidos</translation>
    </message>
    <message>
        <source>Which key management algorithms (alg) are accepted. None ticked: the key decides (its own alg, else what its type can do), which is the safe default.</source>
        <translation>Qué algoritmos de gestión de claves (alg) se aceptan. Ninguno marcado: decide la clave (su propio alg o, si no, lo que permita su tipo), que es el valor seguro por defecto.</translation>
    </message>
    <message>
        <source>Allowed content encryptions</source>
        <translation>Cifrados de contenido permitidos</translation>
    </message>
    <message>
        <source>Which content encryptions (enc) are accepted. None ticked: all six.</source>
        <translation>Qué cifrados de contenido (enc) se aceptan. Ninguno marcado: los seis.</translation>
    </message>
    <message>
        <source>Allow RSA1_5 (RSAES-PKCS1-v1_5: open to padding-oracle attacks)</source>
        <translation>Permitir RSA1_5 (RSAES-PKCS1-v1_5: expuesto a ataques de oráculo de relleno)</translation>
    </message>
    <message>
        <source>Off by default. Only for tokens from a provider that still uses RSA1_5 (RFC 8725 §3.2 advises against it).</source>
        <translation>Desactivado por defecto. Solo para tokens de un proveedor que aún usa RSA1_5 (RFC 8725 §3.2 lo desaconseja).</translation>
    </message>
    <message>
        <source>PBES2 tokens with more iterations (p2c) are refused before any key derivation: a huge count would keep the computer busy for minutes.</source>
        <translation>Los tokens PBES2 con más iteraciones (p2c) se rechazan antes de derivar ninguna clave: un número enorme tendría ocupado el ordenador durante minutos.</translation>
    </message>
    <message>
        <source>Maximum PBES2 iterations</source>
        <translation>Máximo de iteraciones PBES2</translation>
    </message>
    <message>
        <source>Algorithms (alg):</source>
        <translation>Algoritmos (alg):</translation>
    </message>
    <message>
        <source>Encryptions (enc):</source>
        <translation>Cifrados (enc):</translation>
    </message>
    <message>
        <source>PBES2 iterations at most:</source>
        <translation>Iteraciones PBES2 como máximo:</translation>
    </message>
    <message>
        <source>alg pinned by the key</source>
        <translation>alg fijado por la clave</translation>
    </message>
    <message numerus="yes">
        <source>%n algorithm(s)</source>
        <translation>
            <numerusform>%n algoritmo</numerusform>
            <numerusform>%n algoritmos</numerusform>
        </translation>
    </message>
    <message>
        <source>every enc</source>
        <translation>cualquier enc</translation>
    </message>
    <message numerus="yes">
        <source>%n encryption(s)</source>
        <translation>
            <numerusform>%n cifrado</numerusform>
            <numerusform>%n cifrados</numerusform>
        </translation>
    </message>
    <message>
        <source>p2c ≤ %1</source>
        <translation>p2c ≤ %1</translation>
    </message>
    <message>
        <source>RSA1_5 allowed</source>
        <translation>RSA1_5 permitido</translation>
    </message>
    <message>
        <source>Pinned by the key</source>
        <translation>Fijados por la clave</translation>
    </message>
    <message>
        <source>All six</source>
        <translation>Los seis</translation>
    </message>
</context>
<context>
    <name>authscope::DecryptPanel</name>
    <message>
        <source>Back to the encrypted token</source>
        <translation>Volver al token cifrado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Descifrar</translation>
    </message>
    <message>
        <source>Decrypt the token with the key (Ctrl+Return)</source>
        <translation>Descifrar el token con la clave (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Decryption result</source>
        <translation>Resultado del descifrado</translation>
    </message>
    <message>
        <source>Protected header</source>
        <translation>Cabecera protegida</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Texto plano</translation>
    </message>
    <message>
        <source>Open the inner token (Decoded, Claims, Verify)</source>
        <translation>Abrir el token interior (Decodificado, Claims, Verificar)</translation>
    </message>
    <message>
        <source>Read and verify the signed token inside: decryption alone does not prove who made it</source>
        <translation>Leer y verificar el token firmado que contiene: el descifrado por sí solo no prueba quién lo hizo</translation>
    </message>
    <message>
        <source>The token on the page was decrypted from a JWE: it is the signed token that was inside.</source>
        <translation>El token de la página se descifró de un JWE: es el token firmado que contenía.</translation>
    </message>
    <message>
        <source>No token yet. Paste an encrypted token (JWE, five parts) to decrypt it.</source>
        <translation>Aún no hay token. Pegue un token cifrado (JWE, cinco partes) para descifrarlo.</translation>
    </message>
    <message>
        <source>The token on this page is not encrypted (it is a signed JWS): there is nothing to decrypt.</source>
        <translation>El token de esta página no está cifrado (es un JWS firmado): no hay nada que descifrar.</translation>
    </message>
    <message>
        <source>alg %1</source>
        <translation>alg %1</translation>
    </message>
    <message>
        <source>enc %1</source>
        <translation>enc %1</translation>
    </message>
    <message>
        <source>kid &apos;%1&apos;</source>
        <translation>kid «%1»</translation>
    </message>
    <message>
        <source>a signed token inside (cty JWT)</source>
        <translation>un token firmado dentro (cty JWT)</translation>
    </message>
    <message>
        <source>An encrypted token (JWE): %1.</source>
        <translation>Un token cifrado (JWE): %1.</translation>
    </message>
    <message>
        <source>Choose the key, then Decrypt (Ctrl+Return).</source>
        <translation>Elija la clave y luego Descifrar (Ctrl+Intro).</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Descifrando…</translation>
    </message>
    <message numerus="yes">
        <source>The plaintext is binary (%Ln byte(s)): shown in hex.</source>
        <translation>
            <numerusform>El texto plano es binario (%Ln byte): se muestra en hexadecimal.</numerusform>
            <numerusform>El texto plano es binario (%Ln bytes): se muestra en hexadecimal.</numerusform>
        </translation>
    </message>
    <message>
        <source>A nested JWT (cty JWT): decryption alone does not say who made it. Open it to read its claims and verify its signature.</source>
        <translation>JWT anidado (cty JWT): descifrar no dice quién lo hizo. Ábralo para leer sus claims y verificar su firma.</translation>
    </message>
    <message>
        <source>The header says cty JWT, but the plaintext is not a compact token: %1</source>
        <translation>La cabecera dice cty JWT, pero el texto plano no es un token compacto: %1</translation>
    </message>
    <message numerus="yes">
        <source>JSON, %Ln byte(s).</source>
        <translation>
            <numerusform>JSON, %Ln byte.</numerusform>
            <numerusform>JSON, %Ln bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text, %Ln byte(s).</source>
        <translation>
            <numerusform>Texto, %Ln byte.</numerusform>
            <numerusform>Texto, %Ln bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source> (kid &apos;%1&apos;)</source>
        <translation> (kid «%1»)</translation>
    </message>
    <message>
        <source>✔ Decrypted with %1%2: alg %3, enc %4</source>
        <translation>✔ Descifrado con %1%2: alg %3, enc %4</translation>
    </message>
    <message>
        <source>✘ Not decrypted: %1 (%2)</source>
        <translation>✘ No descifrado: %1 (%2)</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>the key does not open this token, or the token was altered on the way.</source>
        <translation>la clave no abre este token, o el token se alteró por el camino.</translation>
    </message>
    <message>
        <source>the token asks for more password iterations than allowed; refused before any work.</source>
        <translation>el token pide más iteraciones de contraseña de las permitidas; rechazado antes de hacer nada.</translation>
    </message>
    <message>
        <source>the token&apos;s ephemeral key is not a point of the key&apos;s curve (an invalid-curve attack).</source>
        <translation>la clave efímera del token no es un punto de la curva de la clave (un ataque de curva inválida).</translation>
    </message>
    <message>
        <source>the token&apos;s ephemeral key gives an all-zero shared secret (a small-order point).</source>
        <translation>la clave efímera del token da un secreto compartido todo a ceros (un punto de orden pequeño).</translation>
    </message>
    <message>
        <source>the key, or the content key in the token, has the wrong size for the algorithm.</source>
        <translation>la clave, o la clave de contenido del token, tiene un tamaño incorrecto para el algoritmo.</translation>
    </message>
    <message>
        <source>the authentication tag is truncated or too long; nothing was decrypted.</source>
        <translation>la etiqueta de autenticación está truncada o es demasiado larga; no se descifró nada.</translation>
    </message>
    <message>
        <source>the decompressed content is larger than allowed (a zip bomb?).</source>
        <translation>el contenido descomprimido es mayor de lo permitido (¿una bomba zip?).</translation>
    </message>
    <message>
        <source>the compressed content is not valid.</source>
        <translation>el contenido comprimido no es válido.</translation>
    </message>
    <message>
        <source>the token&apos;s algorithm is not allowed for this key; the options can allow it.</source>
        <translation>el algoritmo del token no está permitido para esta clave; las opciones pueden permitirlo.</translation>
    </message>
    <message>
        <source>the token&apos;s key management algorithm is unknown.</source>
        <translation>el algoritmo de gestión de claves del token es desconocido.</translation>
    </message>
    <message>
        <source>the token&apos;s content encryption is unknown or not allowed in the options.</source>
        <translation>el cifrado de contenido del token es desconocido o no está permitido en las opciones.</translation>
    </message>
    <message>
        <source>no key given has the kid the token names.</source>
        <translation>ninguna clave indicada tiene el kid que nombra el token.</translation>
    </message>
    <message>
        <source>there is no key to decrypt with.</source>
        <translation>no hay ninguna clave con la que descifrar.</translation>
    </message>
    <message>
        <source>the key&apos;s type does not fit the token&apos;s algorithm.</source>
        <translation>el tipo de la clave no encaja con el algoritmo del token.</translation>
    </message>
    <message>
        <source>the key may not decrypt (it is a signing key, or only its public half).</source>
        <translation>la clave no puede descifrar (es una clave de firma, o solo su mitad pública).</translation>
    </message>
    <message>
        <source>the key cannot be read (a wrong passphrase, or not a key).</source>
        <translation>no se puede leer la clave (una frase de contraseña incorrecta, o no es una clave).</translation>
    </message>
    <message>
        <source>the key is too small to be used.</source>
        <translation>la clave es demasiado pequeña para usarse.</translation>
    </message>
    <message>
        <source>the token has a critical header parameter that is not understood.</source>
        <translation>el token tiene un parámetro de cabecera crítico que no se entiende.</translation>
    </message>
    <message>
        <source>this is not an encrypted token.</source>
        <translation>no es un token cifrado.</translation>
    </message>
    <message>
        <source>the decryption options are not usable.</source>
        <translation>las opciones de descifrado no son utilizables.</translation>
    </message>
    <message>
        <source>the key store is locked.</source>
        <translation>el almacén de claves está bloqueado.</translation>
    </message>
    <message>
        <source>a public key cannot decrypt.</source>
        <translation>una clave pública no puede descifrar.</translation>
    </message>
    <message>
        <source>the key file cannot be used.</source>
        <translation>el archivo de clave no es utilizable.</translation>
    </message>
    <message>
        <source>the token cannot be read as a JWE.</source>
        <translation>el token no se puede leer como JWE.</translation>
    </message>
    <message>
        <source>no usable key.</source>
        <translation>ninguna clave utilizable.</translation>
    </message>
</context>
<context>
    <name>authscope::DpopBinding</name>
    <message>
        <source>DPoP-bound (RFC 9449): this token is bound to the key with thumbprint %1 (cnf.jkt). A resource server accepts it only as &quot;Authorization: DPoP&quot; with a proof signed by that key; sent as a Bearer token without a proof, it is refused.</source>
        <translation>Vinculado a DPoP (RFC 9449): este token está vinculado a la clave con huella %1 (cnf.jkt). Un servidor de recursos solo lo acepta como «Authorization: DPoP» con una prueba firmada por esa clave; enviado como token Bearer sin prueba, se rechaza.</translation>
    </message>
</context>
<context>
    <name>authscope::DpopPanel</name>
    <message>
        <source>Paste a DPoP proof (the value of the request&apos;s DPoP header) to check it.</source>
        <translation>Pegue una prueba DPoP (el valor de la cabecera DPoP de la petición) para comprobarla.</translation>
    </message>
    <message>
        <source>The DPoP proof: a JWS with typ dpop+jwt, as sent in the DPoP header</source>
        <translation>La prueba DPoP: un JWS con typ dpop+jwt, tal como se envía en la cabecera DPoP</translation>
    </message>
    <message>
        <source>DPoP proof</source>
        <translation>Prueba DPoP</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Método HTTP</translation>
    </message>
    <message>
        <source>The request&apos;s method; the proof&apos;s htm must be exactly this</source>
        <translation>El método de la petición; el htm de la prueba debe ser exactamente este</translation>
    </message>
    <message>
        <source>https://api.example/resource (query and fragment are ignored)</source>
        <translation>https://api.example/resource (la consulta y el fragmento se ignoran)</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>URL de la petición</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>None: check the proof alone</source>
        <translation>Ninguno: comprobar solo la prueba</translation>
    </message>
    <message>
        <source>The token on this page</source>
        <translation>El token de esta página</translation>
    </message>
    <message>
        <source>Another access token (paste it below)</source>
        <translation>Otro token de acceso (péguelo abajo)</translation>
    </message>
    <message>
        <source>With an access token, the proof&apos;s ath must be its hash and the token&apos;s cnf.jkt the thumbprint of the proof&apos;s key</source>
        <translation>Con un token de acceso, el ath de la prueba debe ser su hash y el cnf.jkt del token la huella de la clave de la prueba</translation>
    </message>
    <message>
        <source>The access token sent with the proof</source>
        <translation>El token de acceso enviado con la prueba</translation>
    </message>
    <message>
        <source>Other access token</source>
        <translation>Otro token de acceso</translation>
    </message>
    <message>
        <source>None: the server demands no nonce</source>
        <translation>Ninguno: el servidor no exige nonce</translation>
    </message>
    <message>
        <source>Expected nonce</source>
        <translation>Nonce esperado</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How far the proof&apos;s iat may be from now (RFC 9449 §11.1)</source>
        <translation>Cuánto puede alejarse de ahora el iat de la prueba (RFC 9449 §11.1)</translation>
    </message>
    <message>
        <source>Proof (the DPoP header&apos;s value):</source>
        <translation>Prueba (valor de la cabecera DPoP):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Token de &amp;acceso:</translation>
    </message>
    <message>
        <source>Expected &amp;nonce:</source>
        <translation>&amp;Nonce esperado:</translation>
    </message>
    <message>
        <source>iat &amp;window:</source>
        <translation>&amp;Ventana de iat:</translation>
    </message>
    <message>
        <source>Check proof</source>
        <translation>Comprobar la prueba</translation>
    </message>
    <message>
        <source>Check as I type</source>
        <translation>Comprobar al escribir</translation>
    </message>
    <message>
        <source>Proof verdict</source>
        <translation>Veredicto de la prueba</translation>
    </message>
    <message>
        <source>Failed rules</source>
        <translation>Reglas incumplidas</translation>
    </message>
    <message>
        <source>Decoded proof</source>
        <translation>Prueba decodificada</translation>
    </message>
    <message>
        <source>The proof&apos;s header and claims appear here.</source>
        <translation>La cabecera y los claims de la prueba aparecen aquí.</translation>
    </message>
    <message>
        <source>No access token: ath and cnf.jkt are not checked.</source>
        <translation>Sin token de acceso: ath y cnf.jkt no se comprueban.</translation>
    </message>
    <message>
        <source>There is no signed token on this page (a JWE is not an access token a proof can name): the proof is checked alone.</source>
        <translation>No hay ningún token firmado en esta página (un JWE no es un token de acceso que una prueba pueda nombrar): la prueba se comprueba sola.</translation>
    </message>
    <message>
        <source>Paste the access token sent with the proof.</source>
        <translation>Pegue el token de acceso enviado con la prueba.</translation>
    </message>
    <message>
        <source>The access token is bound to the key with thumbprint %1 (cnf.jkt): the proof must be signed by that key, and its ath must be the token&apos;s hash.</source>
        <translation>El token de acceso está vinculado a la clave con huella %1 (cnf.jkt): la prueba debe estar firmada con esa clave y su ath debe ser el hash del token.</translation>
    </message>
    <message>
        <source>The access token carries no cnf.jkt: it is a bearer token, not bound to any DPoP key, and a server that expects a DPoP-bound token refuses it (dpop.jkt-missing).</source>
        <translation>El token de acceso no lleva cnf.jkt: es un token Bearer, no vinculado a ninguna clave DPoP, y un servidor que espera un token vinculado a DPoP lo rechaza (dpop.jkt-missing).</translation>
    </message>
    <message>
        <source>Give the request&apos;s method and URL: the proof is checked against them.</source>
        <translation>Indique el método y la URL de la petición: la prueba se comprueba con ellos.</translation>
    </message>
    <message>
        <source>Header:
%1
Claims:
%2</source>
        <translation>Cabecera:
%1
Claims:
%2</translation>
    </message>
    <message>
        <source>Proof key thumbprint (RFC 7638): %1</source>
        <translation>Huella de la clave de la prueba (RFC 7638): %1</translation>
    </message>
    <message>
        <source>Every rule of RFC 9449 §4.3 passed (replay not checked here: that needs the server&apos;s memory of the proofs it saw)</source>
        <translation>Se cumplen todas las reglas de RFC 9449 §4.3 (la repetición no se comprueba aquí: eso requiere que el servidor recuerde las pruebas que vio)</translation>
    </message>
    <message>
        <source>, for the access token given (ath and cnf.jkt match)</source>
        <translation>, para el token de acceso indicado (ath y cnf.jkt coinciden)</translation>
    </message>
    <message>
        <source>✔ Valid DPoP proof for %1 %2%3</source>
        <translation>✔ Prueba DPoP válida para %1 %2%3</translation>
    </message>
    <message>
        <source>✘ Refused: %1</source>
        <translation>✘ Rechazada: %1</translation>
    </message>
    <message>
        <source>not a readable proof</source>
        <translation>no es una prueba legible</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>wrong type (typ)</source>
        <translation>tipo incorrecto (typ)</translation>
    </message>
    <message>
        <source>algorithm not allowed</source>
        <translation>algoritmo no permitido</translation>
    </message>
    <message>
        <source>no key (jwk)</source>
        <translation>sin clave (jwk)</translation>
    </message>
    <message>
        <source>private key in the proof</source>
        <translation>clave privada en la prueba</translation>
    </message>
    <message>
        <source>unusable key (jwk)</source>
        <translation>clave inutilizable (jwk)</translation>
    </message>
    <message>
        <source>signature does not verify</source>
        <translation>la firma no se verifica</translation>
    </message>
    <message>
        <source>claims unreadable</source>
        <translation>claims ilegibles</translation>
    </message>
    <message>
        <source>wrong method (htm)</source>
        <translation>método incorrecto (htm)</translation>
    </message>
    <message>
        <source>wrong URL (htu)</source>
        <translation>URL incorrecta (htu)</translation>
    </message>
    <message>
        <source>outside the time window (iat)</source>
        <translation>fuera de la ventana de tiempo (iat)</translation>
    </message>
    <message>
        <source>no usable jti</source>
        <translation>ningún jti utilizable</translation>
    </message>
    <message>
        <source>token hash missing (ath)</source>
        <translation>falta el hash del token (ath)</translation>
    </message>
    <message>
        <source>made for another token (ath)</source>
        <translation>hecha para otro token (ath)</translation>
    </message>
    <message>
        <source>nonce missing</source>
        <translation>falta el nonce</translation>
    </message>
    <message>
        <source>wrong nonce</source>
        <translation>nonce incorrecto</translation>
    </message>
    <message>
        <source>token not bound (no cnf.jkt)</source>
        <translation>token no vinculado (sin cnf.jkt)</translation>
    </message>
    <message>
        <source>signed by another key than the token&apos;s (cnf.jkt)</source>
        <translation>firmada con otra clave que la del token (cnf.jkt)</translation>
    </message>
</context>
<context>
    <name>authscope::ExperimentView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the table of the run shown here as comma-separated values</source>
        <translation>Guardar la tabla de la ejecución mostrada aquí como valores separados por comas</translation>
    </message>
    <message>
        <source>Export the shown run as CSV</source>
        <translation>Exportar la ejecución mostrada como CSV</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the whole run shown here (options, machine, every measurement) as JSON</source>
        <translation>Guardar toda la ejecución mostrada aquí (opciones, equipo, cada medición) como JSON</translation>
    </message>
    <message>
        <source>Export the shown run as JSON</source>
        <translation>Exportar la ejecución mostrada como JSON</translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation>%1: las cifras</translation>
    </message>
    <message>
        <source>No run yet: choose the experiments above and press Run, or pick a saved run in History.</source>
        <translation>Aún no hay ejecuciones: elija experimentos y pulse Ejecutar, o una ejecución del historial.</translation>
    </message>
    <message numerus="yes">
        <source>Quick run of %1, took %Ln s</source>
        <translation>
            <numerusform>Ejecución rápida del %1, duró %Ln s</numerusform>
            <numerusform>Ejecución rápida del %1, duró %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full run of %1, took %Ln s</source>
        <translation>
            <numerusform>Ejecución completa del %1, duró %Ln s</numerusform>
            <numerusform>Ejecución completa del %1, duró %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source> — saved as run %1</source>
        <translation> — guardada como ejecución %1</translation>
    </message>
    <message>
        <source> — cancelled: what was measured until then</source>
        <translation> — cancelada: lo medido hasta entonces</translation>
    </message>
    <message>
        <source>There is no run to export.</source>
        <translation>No hay ninguna ejecución para exportar.</translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation>sin autenticación</translation>
    </message>
    <message>
        <source>session cookie</source>
        <translation>cookie de sesión</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>JWT %1</source>
        <translation>JWT %1</translation>
    </message>
    <message>
        <source>cookie, cache off</source>
        <translation>cookie, caché desactivada</translation>
    </message>
    <message>
        <source>cookie, renewal each request</source>
        <translation>cookie, renovada en cada petición</translation>
    </message>
    <message>
        <source>JWT %1, verified once</source>
        <translation>JWT %1, verificado una vez</translation>
    </message>
    <message>
        <source>Measuring now: the chart and the table fill in as results arrive; the summary follows at the end.</source>
        <translation>Midiendo: el gráfico y la tabla se rellenan a medida que llegan los resultados; el resumen llega al final.</translation>
    </message>
    <message>
        <source>Running now: what has been measured so far</source>
        <translation>En curso: lo medido hasta ahora</translation>
    </message>
    <message>
        <source>JWT + revocation list</source>
        <translation>JWT + lista de revocación</translation>
    </message>
    <message>
        <source>bearer JWT</source>
        <translation>JWT bearer</translation>
    </message>
    <message>
        <source>bearer JWT at an API checking signatures only</source>
        <translation>JWT Bearer en una API que solo comprueba firmas</translation>
    </message>
    <message>
        <source>DPoP-bound JWT sent as Bearer</source>
        <translation>JWT vinculado a DPoP enviado como Bearer</translation>
    </message>
    <message>
        <source>DPoP-bound JWT, proof from the thief&apos;s key</source>
        <translation>JWT DPoP, prueba con la clave del ladrón</translation>
    </message>
    <message>
        <source>DPoP-bound JWT, copied proof</source>
        <translation>JWT vinculado a DPoP, prueba copiada</translation>
    </message>
    <message>
        <source>relying party&apos;s session cookie</source>
        <translation>cookie de sesión de la parte que confía</translation>
    </message>
    <message>
        <source>JWT %1 + revocation list</source>
        <translation>JWT %1 + lista de revocación</translation>
    </message>
</context>
<context>
    <name>authscope::GenerateKeyDialog</name>
    <message>
        <source>Generate a signing key</source>
        <translation>Generar una clave de firma</translation>
    </message>
    <message>
        <source>next — published now, signs from the next rotation</source>
        <translation>siguiente — publicada ahora, firma a partir de la próxima rotación</translation>
    </message>
    <message>
        <source>active — signs at once</source>
        <translation>activa — firma de inmediato</translation>
    </message>
    <message>
        <source>The private key is encrypted with the key store passphrase before it is written. RSA keys take a moment to generate.</source>
        <translation>La clave privada se cifra con la frase de contraseña del almacén de claves antes de escribirse. Las claves RSA tardan un momento en generarse.</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algoritmo:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Uso:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Signing — signs the tokens this server issues</source>
        <translation>Firma — firma los tokens que emite este servidor</translation>
    </message>
    <message>
        <source>Encryption — decrypts tokens others encrypt to us (JWE)</source>
        <translation>Cifrado — descifra los tokens que otros nos cifran (JWE)</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Generate an encryption key</source>
        <translation>Generar una clave de cifrado</translation>
    </message>
    <message>
        <source>next — decrypts now, senders encrypt to it from the next rotation</source>
        <translation>siguiente — descifra ya, los remitentes cifran para ella a partir de la próxima rotación</translation>
    </message>
    <message>
        <source>active — the key senders encrypt to, at once</source>
        <translation>activa — desde ya, la clave para la que cifran los remitentes</translation>
    </message>
    <message>
        <source>The private key is encrypted with the key store passphrase before it is written. Its public half is published in the JWKS with use &quot;enc&quot; for senders to encrypt to; it never signs.</source>
        <translation>La clave privada se cifra con la frase de contraseña del almacén de claves antes de escribirse. Su mitad pública se publica en el JWKS con uso «enc» para que los remitentes cifren para ella; nunca firma.</translation>
    </message>
    <message>
        <source>ES256 — ECDSA P-256 (recommended)</source>
        <translation>ES256 — ECDSA P-256 (recomendado)</translation>
    </message>
    <message>
        <source>HS256 — HMAC secret, 256 bits (never published)</source>
        <translation>HS256 — secreto HMAC, 256 bits (nunca publicado)</translation>
    </message>
    <message>
        <source>HS512 — HMAC secret, 512 bits (never published)</source>
        <translation>HS512 — secreto HMAC, 512 bits (nunca publicado)</translation>
    </message>
    <message>
        <source>ECDH-ES+A256KW — P-256 (recommended)</source>
        <translation>ECDH-ES+A256KW — P-256 (recomendado)</translation>
    </message>
    <message>
        <source>ECDH-ES — P-256 (direct key agreement)</source>
        <translation>ECDH-ES — P-256 (acuerdo de claves directo)</translation>
    </message>
    <message>
        <source>A256KW — AES key wrap secret, 256 bits (never published)</source>
        <translation>A256KW — secreto de envoltura AES, 256 bits (nunca publicado)</translation>
    </message>
    <message>
        <source>dir — A256GCM content key, 256 bits (never published)</source>
        <translation>dir — clave de contenido A256GCM, 256 bits (nunca publicada)</translation>
    </message>
</context>
<context>
    <name>authscope::HistoryPanel</name>
    <message>
        <source>Re&amp;member inspected tokens in this database</source>
        <translation>Re&amp;cordar tokens inspeccionados en esta BD</translation>
    </message>
    <message>
        <source>Remembered tokens</source>
        <translation>Tokens recordados</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Inspect the selected token (Enter or double-click)</source>
        <translation>Inspeccionar el token seleccionado (Intro o doble clic)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Forget the selected token (Delete)</source>
        <translation>Olvidar el token seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>Borrar todo…</translation>
    </message>
    <message>
        <source>Delete every remembered token from the database</source>
        <translation>Eliminar de la base de datos todos los tokens recordados</translation>
    </message>
    <message>
        <source>Token history: %1</source>
        <translation>Historial de tokens: %1</translation>
    </message>
    <message>
        <source>Could not remember the token: %1</source>
        <translation>No se pudo recordar el token: %1</translation>
    </message>
    <message>
        <source>Could not remove the token: %1</source>
        <translation>No se pudo quitar el token: %1</translation>
    </message>
    <message>
        <source>Token removed from the history</source>
        <translation>Token quitado del historial</translation>
    </message>
    <message>
        <source>Clear token history</source>
        <translation>Borrar el historial de tokens</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln remembered token(s) from this database?</source>
        <translation>
            <numerusform>¿Eliminar %Ln token recordado de esta base de datos?</numerusform>
            <numerusform>¿Eliminar los %Ln tokens recordados de esta base de datos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not clear the history: %1</source>
        <translation>No se pudo borrar el historial: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln remembered token(s)</source>
        <translation>
            <numerusform>%Ln token recordado eliminado</numerusform>
            <numerusform>%Ln tokens recordados eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the setting: %1</source>
        <translation>No se pudo cambiar el ajuste: %1</translation>
    </message>
    <message>
        <source>Stop remembering tokens</source>
        <translation>Dejar de recordar tokens</translation>
    </message>
    <message numerus="yes">
        <source>New tokens will not be stored any more. Also delete the %Ln token(s) already remembered?</source>
        <translation>
            <numerusform>Los tokens nuevos ya no se guardarán. ¿Eliminar también el %Ln token ya recordado?</numerusform>
            <numerusform>Los tokens nuevos ya no se guardarán. ¿Eliminar también los %Ln tokens ya recordados?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Eliminarlos</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep usable token</source>
        <translation>Conservar el token utilizable</translation>
    </message>
    <message>
        <source>The usable token is kept for this entry until it expires</source>
        <translation>El token utilizable se conserva para esta entrada hasta que caduque</translation>
    </message>
    <message>
        <source>Only the claims are kept for this entry</source>
        <translation>Para esta entrada solo se conservan los claims</translation>
    </message>
    <message>
        <source>Forget usable token</source>
        <translation>Olvidar el token utilizable</translation>
    </message>
    <message>
        <source>Only a token inspected in this session can be kept: paste it again first</source>
        <translation>Solo se puede conservar un token inspeccionado en esta sesión: péguelo de nuevo primero</translation>
    </message>
    <message>
        <source>Store the whole token for this entry (until its exp), or go back to its claims only</source>
        <translation>Guardar el token completo para esta entrada (hasta su exp), o volver a solo sus claims</translation>
    </message>
    <message numerus="yes">
        <source>Each token you inspect is remembered in %1 as its claims and a hash, not as a usable token: the signature is left out. &quot;Keep usable token&quot; stores the whole token for one entry, until it expires. Entries not seen for %Ln day(s) are deleted (the newest %2 are kept). Keys, HMAC secrets and passphrases are never stored.</source>
        <translation>
            <numerusform>Cada token que inspecciona se recuerda en %1 como sus claims y un hash, no como un token utilizable: la firma se omite. «Conservar el token utilizable» guarda el token completo para una entrada, hasta que caduque. Las entradas no vistas durante %Ln día se borran (se conservan las %2 más recientes). Las claves, los secretos HMAC y las frases de contraseña nunca se guardan.</numerusform>
            <numerusform>Cada token que inspecciona se recuerda en %1 como sus claims y un hash, no como un token utilizable: la firma se omite. «Conservar el token utilizable» guarda el token completo para una entrada, hasta que caduque. Las entradas no vistas durante %Ln días se borran (se conservan las %2 más recientes). Las claves, los secretos HMAC y las frases de contraseña nunca se guardan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: the tokens you inspect are not written to %1. Turn it on to find them here again (their claims, not the usable tokens). Entries kept earlier stay until they expire or you remove them.</source>
        <translation>Desactivado: los tokens que inspecciona no se escriben en %1. Actívelo para volver a encontrarlos aquí (sus claims, no los tokens utilizables). Las entradas guardadas antes se quedan hasta que caduquen o las quite.</translation>
    </message>
</context>
<context>
    <name>authscope::IssuerCallsPanel</name>
    <message>
        <source>authorization_code (sign in in the browser)</source>
        <translation>authorization_code (inicio de sesión en el navegador)</translation>
    </message>
    <message>
        <source>As the issuer prefers</source>
        <translation>Como prefiera el emisor</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>optional (RFC 8707)</source>
        <translation>opcional (RFC 8707)</translation>
    </message>
    <message>
        <source>Re&amp;quest token</source>
        <translation>Pedir to&amp;ken</translation>
    </message>
    <message>
        <source>a token this issuer issued</source>
        <translation>un token emitido por este emisor</translation>
    </message>
    <message>
        <source>Intros&amp;pect</source>
        <translation>Intros&amp;pección</translation>
    </message>
    <message>
        <source>Rev&amp;oke</source>
        <translation>Re&amp;vocar</translation>
    </message>
    <message>
        <source>The provider&apos;s answer</source>
        <translation>Respuesta del proveedor</translation>
    </message>
    <message>
        <source>The provider&apos;s answer shows here.</source>
        <translation>La respuesta del proveedor aparece aquí.</translation>
    </message>
    <message>
        <source>Open access token in Tokens</source>
        <translation>Abrir el token de acceso en Tokens</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation>Dejar de esperar el inicio de sesión</translation>
    </message>
    <message>
        <source>Stop listening for the browser&apos;s answer (Esc)</source>
        <translation>Dejar de escuchar la respuesta del navegador (Esc)</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Grant:</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Autenticación del cliente:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Recurso:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Token de actualización:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>No sign-in reached %1 within %2 minutes: stopped waiting</source>
        <translation>Ningún inicio de sesión llegó a %1 en %2 minutos: se dejó de esperar</translation>
    </message>
    <message>
        <source>Stopped waiting for the sign-in at %1: another issuer was chosen</source>
        <translation>Se dejó de esperar el inicio de sesión en %1: se eligió otro emisor</translation>
    </message>
    <message>
        <source>Give this issuer a client id on the Client tab first</source>
        <translation>Dé primero a este emisor un ID de cliente en la pestaña Cliente</translation>
    </message>
    <message>
        <source>Paste the refresh token first.</source>
        <translation>Pegue primero el token de actualización.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in at %1 (for up to %2 minutes).

The sign-in page opens in your browser; if it did not, open this address in a browser on this computer:

%3

The provider sends the browser back to %4, which this console is listening on; %1 must accept loopback redirect URIs on any port (RFC 8252 §7.3).</source>
        <translation>Esperando el inicio de sesión en %1 (hasta %2 minutos).

La página de inicio de sesión se abre en su navegador; si no se abrió, abra esta dirección en un navegador de este ordenador:

%3

El proveedor devuelve el navegador a %4, donde escucha esta consola; %1 debe aceptar URI de redirección loopback en cualquier puerto (RFC 8252 §7.3).</translation>
    </message>
    <message>
        <source>No browser could be started: open the address shown below by hand</source>
        <translation>No se pudo iniciar ningún navegador: abra a mano la dirección que se muestra abajo</translation>
    </message>
    <message>
        <source>Sign in at %1 in the browser</source>
        <translation>Inicie sesión en %1 en el navegador</translation>
    </message>
    <message>
        <source>Stopped waiting for the sign-in at %1</source>
        <translation>Se dejó de esperar el inicio de sesión en %1</translation>
    </message>
    <message>
        <source>Asking %1 for a token (%2)</source>
        <translation>Pidiendo un token a %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled the token request to %1</source>
        <translation>Petición de token a %1 cancelada</translation>
    </message>
    <message>
        <source>The token was not audited, so it is not shown: %1</source>
        <translation>El token no se registró en la auditoría, así que no se muestra: %1</translation>
    </message>
    <message>
        <source>%1 issued a token (grant %2)</source>
        <translation>%1 emitió un token (grant %2)</translation>
    </message>
    <message>
        <source>Asking %1 about a token (%2)</source>
        <translation>Preguntando a %1 por un token (%2)</translation>
    </message>
    <message>
        <source>Cancelled the introspection at %1</source>
        <translation>Introspección en %1 cancelada</translation>
    </message>
    <message>
        <source>%1 says the token is active</source>
        <translation>%1 dice que el token está activo</translation>
    </message>
    <message>
        <source>%1 says the token is not active</source>
        <translation>%1 dice que el token no está activo</translation>
    </message>
    <message>
        <source>Revoking a token at %1 (%2)</source>
        <translation>Revocando un token en %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled the revocation at %1</source>
        <translation>Revocación en %1 cancelada</translation>
    </message>
    <message>
        <source>Revoked, but not audited: %1</source>
        <translation>Revocado, pero no registrado en la auditoría: %1</translation>
    </message>
    <message>
        <source>Revoked at %1</source>
        <translation>Revocado en %1</translation>
    </message>
    <message>
        <source>%1 revoked the token</source>
        <translation>%1 revocó el token</translation>
    </message>
</context>
<context>
    <name>authscope::IssuerClientPanel</name>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>AuthScope&apos;s client id at this issuer</source>
        <translation>ID de cliente de AuthScope en este emisor</translation>
    </message>
    <message>
        <source>A&amp;pply client ID</source>
        <translation>A&amp;plicar ID de cliente</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Nuevo secreto de cliente</translation>
    </message>
    <message>
        <source>new secret (sealed in the key vault, never shown again)</source>
        <translation>secreto nuevo (sellado en la bóveda de claves, no se vuelve a mostrar)</translation>
    </message>
    <message>
        <source>Replace secret</source>
        <translation>Reemplazar el secreto</translation>
    </message>
    <message>
        <source>For&amp;get secret</source>
        <translation>Ol&amp;vidar el secreto</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>New secret:</source>
        <translation>Secreto nuevo:</translation>
    </message>
    <message>
        <source>No issuer selected.</source>
        <translation>No hay ningún emisor seleccionado.</translation>
    </message>
    <message>
        <source>Sealed in the key vault (it is never shown).</source>
        <translation>Sellado en la bóveda de claves (nunca se muestra).</translation>
    </message>
    <message>
        <source>None: token, introspection and revocation calls send the client id only.</source>
        <translation>Ninguno: las llamadas de token, introspección y revocación envían solo el ID de cliente.</translation>
    </message>
    <message>
        <source>Set secret</source>
        <translation>Establecer el secreto</translation>
    </message>
    <message>
        <source>Removed the client id of %1</source>
        <translation>ID de cliente de %1 eliminado</translation>
    </message>
    <message>
        <source>Saved the client id of %1</source>
        <translation>ID de cliente de %1 guardado</translation>
    </message>
    <message>
        <source>Sealed a new client secret for %1 in the key vault</source>
        <translation>Nuevo secreto de cliente de %1 sellado en la bóveda de claves</translation>
    </message>
    <message>
        <source>Remove client secret</source>
        <translation>Quitar el secreto de cliente</translation>
    </message>
    <message>
        <source>Remove the client secret of %1? AuthScope cannot show it, so keep a copy if you need it again.</source>
        <translation>¿Quitar el secreto de cliente de %1? AuthScope no puede mostrarlo, así que guarde una copia si lo vuelve a necesitar.</translation>
    </message>
    <message>
        <source>Removed the client secret of %1</source>
        <translation>Secreto de cliente de %1 quitado</translation>
    </message>
</context>
<context>
    <name>authscope::IssuerTableModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>last fetch failed</source>
        <translation>la última obtención falló</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL del emisor</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Keys fetched</source>
        <translation>Claves obtenidas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>authscope::IssuersPage</name>
    <message>
        <source>Saved issuers</source>
        <translation>Emisores guardados</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Fetch the selected issuer&apos;s discovery document and keys again (F5)</source>
        <translation>Volver a obtener el documento de descubrimiento y las claves del emisor seleccionado (F5)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Add an issuer</source>
        <translation>Añadir un emisor</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Issuer name</source>
        <translation>Nombre del emisor</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL del emisor</translation>
    </message>
    <message>
        <source>Allo&amp;w loopback http</source>
        <translation>Permitir &amp;http en loopback</translation>
    </message>
    <message>
        <source>Plain http only to 127.0.0.1 or ::1, for local test providers</source>
        <translation>http sin cifrar solo hacia 127.0.0.1 o ::1, para proveedores de prueba locales</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>optional; sealed in the key vault</source>
        <translation>opcional; sellado en la bóveda de claves</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Add issuer</source>
        <translation>&amp;Añadir emisor</translation>
    </message>
    <message>
        <source>Fetch the discovery document and the keys, and save the issuer when both are good</source>
        <translation>Obtener el documento de descubrimiento y las claves, y guardar el emisor cuando ambos estén bien</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the call to the issuer (Esc)</source>
        <translation>Detener la llamada al emisor (Esc)</translation>
    </message>
    <message>
        <source>Discovery document</source>
        <translation>Documento de descubrimiento</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>kid</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>alg</source>
        <translation>alg</translation>
    </message>
    <message>
        <source>use</source>
        <translation>uso</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>The issuer&apos;s keys</source>
        <translation>Las claves del emisor</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Posture findings</source>
        <translation>Hallazgos de postura de seguridad</translation>
    </message>
    <message>
        <source>Fetch and &amp;check again</source>
        <translation>&amp;Volver a obtener y comprobar</translation>
    </message>
    <message>
        <source>Fetch the issuer&apos;s current discovery document and keys, then check them</source>
        <translation>Obtener el documento de descubrimiento y las claves actuales del emisor, y luego comprobarlos</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Claves</translation>
    </message>
    <message>
        <source>&amp;Lint</source>
        <translation>&amp;Lint</translation>
    </message>
    <message>
        <source>&amp;Discovery document</source>
        <translation>&amp;Documento de descubrimiento</translation>
    </message>
    <message>
        <source>Clien&amp;t</source>
        <translation>Cli&amp;ente</translation>
    </message>
    <message>
        <source>Tok&amp;en calls</source>
        <translation>Llamadas de t&amp;oken</translation>
    </message>
    <message>
        <source>Enter the issuer&apos;s URL.</source>
        <translation>Introduzca la URL del emisor.</translation>
    </message>
    <message>
        <source>Adding %1: discovery and keys from %2</source>
        <translation>Añadiendo %1: descubrimiento y claves de %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved for %1</source>
        <translation>Cancelado: no se guardó nada de %1</translation>
    </message>
    <message>
        <source>Added %1: keys from %2</source>
        <translation>%1 añadido: claves de %2</translation>
    </message>
    <message>
        <source>Refreshing %1 from %2</source>
        <translation>Actualizando %1 desde %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 keeps its last document and keys</source>
        <translation>Cancelado: %1 conserva su último documento y sus claves</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>%1 actualizado</translation>
    </message>
    <message>
        <source>Remove issuer</source>
        <translation>Quitar el emisor</translation>
    </message>
    <message>
        <source>Remove %1 and its cached keys? Tokens from it can then no longer be verified by its name.</source>
        <translation>¿Quitar %1 y sus claves en caché? Los tokens que emita ya no se podrán verificar por su nombre.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 quitado</translation>
    </message>
    <message>
        <source>No issuer selected.</source>
        <translation>No hay ningún emisor seleccionado.</translation>
    </message>
    <message>
        <source>From %1, fetched %2 ago, reused for %3.</source>
        <translation>De %1, obtenido hace %2, reutilizado durante %3.</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>La última actualización falló: %1</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>%1 omitido</translation>
    </message>
    <message>
        <source>&amp;Lint (%1)</source>
        <translation>&amp;Lint (%1)</translation>
    </message>
    <message>
        <source>Issuers</source>
        <translation>Emisores</translation>
    </message>
</context>
<context>
    <name>authscope::KeyActionDialog</name>
    <message>
        <source>New %1 key &lt;tt&gt;%2&lt;/tt&gt; (%3) becomes %4</source>
        <translation>La nueva clave %1 &lt;tt&gt;%2&lt;/tt&gt; (%3) pasa a %4</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generada</translation>
    </message>
    <message>
        <source>&lt;tt&gt;%1&lt;/tt&gt;: %2 → %3</source>
        <translation>&lt;tt&gt;%1&lt;/tt&gt;: %2 → %3</translation>
    </message>
    <message>
        <source> — verifies until %1</source>
        <translation> — verifica hasta el %1</translation>
    </message>
    <message>
        <source>JWKS publishes &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>El JWKS publica &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>JWKS drops &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>El JWKS retira &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>The published JWKS keeps the same keys.</source>
        <translation>El JWKS publicado conserva las mismas claves.</translation>
    </message>
    <message>
        <source>⚠ Still-valid tokens will fail:</source>
        <translation>⚠ Tokens aún válidos fallarán:</translation>
    </message>
    <message>
        <source>I understand that tokens which are still valid will fail verification</source>
        <translation>Entiendo que los tokens aún válidos no superarán la verificación</translation>
    </message>
    <message>
        <source>Why is the key revoked? (recorded in the audit log)</source>
        <translation>¿Por qué se revoca la clave? (se anota en el registro de auditoría)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>What relying parties will fetch from the JWKS, key by key:</source>
        <translation>Lo que las partes que confían obtendrán del JWKS, clave por clave:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>JWKS keys added, removed and unchanged</source>
        <translation>Claves del JWKS añadidas, quitadas y sin cambios</translation>
    </message>
    <message>
        <source>⚠ Worth knowing before you confirm:</source>
        <translation>⚠ Conviene saberlo antes de confirmar:</translation>
    </message>
    <message>
        <source>After this change there is no next key: the following rotation will sign with a key that relying parties have never fetched. Generate a next key soon after.</source>
        <translation>Tras este cambio no hay clave siguiente: la próxima rotación firmará con una clave que las partes que confían nunca han obtenido. Genere una clave siguiente poco después.</translation>
    </message>
    <message>
        <source>Thumbprint %1</source>
        <translation>Huella %1</translation>
    </message>
    <message>
        <source>thumbprint</source>
        <translation>huella</translation>
    </message>
    <message numerus="yes">
        <source>Added: %n key(s)</source>
        <translation>
            <numerusform>Añadidas: %n clave</numerusform>
            <numerusform>Añadidas: %n claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n key(s)</source>
        <translation>
            <numerusform>Quitadas: %n clave</numerusform>
            <numerusform>Quitadas: %n claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced (same kid, other key material): %n key(s)</source>
        <translation>
            <numerusform>Reemplazadas (mismo kid, otro material de clave): %n clave</numerusform>
            <numerusform>Reemplazadas (mismo kid, otro material de clave): %n claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n key(s)</source>
        <translation>
            <numerusform>Sin cambios: %n clave</numerusform>
            <numerusform>Sin cambios: %n claves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::KeyInputWidget</name>
    <message>
        <source>EC P-256 (ES256)</source>
        <translation>EC P-256 (ES256)</translation>
    </message>
    <message>
        <source>EC P-384 (ES384)</source>
        <translation>EC P-384 (ES384)</translation>
    </message>
    <message>
        <source>EC P-521 (ES512)</source>
        <translation>EC P-521 (ES512)</translation>
    </message>
    <message>
        <source>RSA 2048 bits (RS*/PS*)</source>
        <translation>RSA 2048 bits (RS*/PS*)</translation>
    </message>
    <message>
        <source>RSA 3072 bits (RS*/PS*)</source>
        <translation>RSA 3072 bits (RS*/PS*)</translation>
    </message>
    <message>
        <source>RSA 4096 bits (RS*/PS*)</source>
        <translation>RSA 4096 bits (RS*/PS*)</translation>
    </message>
    <message>
        <source>Ed25519 (EdDSA)</source>
        <translation>Ed25519 (EdDSA)</translation>
    </message>
    <message>
        <source>Ed448 (EdDSA)</source>
        <translation>Ed448 (EdDSA)</translation>
    </message>
    <message>
        <source>HMAC secret, 256 bits (HS256)</source>
        <translation>Secreto HMAC, 256 bits (HS256)</translation>
    </message>
    <message>
        <source>HMAC secret, 384 bits (HS384)</source>
        <translation>Secreto HMAC, 384 bits (HS384)</translation>
    </message>
    <message>
        <source>HMAC secret, 512 bits (HS512)</source>
        <translation>Secreto HMAC, 512 bits (HS512)</translation>
    </message>
    <message>
        <source>Key source</source>
        <translation>Origen de la clave</translation>
    </message>
    <message>
        <source>Generate a throwaway key</source>
        <translation>Generar una clave desechable</translation>
    </message>
    <message>
        <source>Pasted PEM, JWK or JWK Set</source>
        <translation>PEM, JWK o JWK Set pegado</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>Secreto HMAC</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Path of a JWK, JWK Set, PEM key or certificate, or raw secret file</source>
        <translation>Ruta de un JWK, un JWK Set, una clave o un certificado PEM, o un archivo de secreto en bruto</translation>
    </message>
    <message>
        <source>Key file path</source>
        <translation>Ruta del archivo de clave</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>The file holds raw HMAC secret bytes</source>
        <translation>El archivo contiene los bytes en bruto del secreto HMAC</translation>
    </message>
    <message>
        <source>Paste a PEM public key, private key or certificate, a JWK, or a JWK Set ({&quot;keys&quot;:[…]}: the token&apos;s kid picks the key).</source>
        <translation>Pegue una clave pública o privada PEM, un certificado, un JWK o un JWK Set ({&quot;keys&quot;:[…]}: el kid del token elige la clave).</translation>
    </message>
    <message>
        <source>Key text</source>
        <translation>Texto de la clave</translation>
    </message>
    <message>
        <source>The shared HMAC secret</source>
        <translation>El secreto HMAC compartido</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Mostrar u ocultar el secreto</translation>
    </message>
    <message>
        <source>Secret encoding</source>
        <translation>Codificación del secreto</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Texto (UTF-8)</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Base64url</source>
        <translation>Base64url</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Type of key to generate</source>
        <translation>Tipo de clave que se generará</translation>
    </message>
    <message>
        <source>Generate ne&amp;w key</source>
        <translation>&amp;Generar nueva</translation>
    </message>
    <message>
        <source>A fresh key from the system&apos;s random generator, held only in memory. Copy it if you need it later.</source>
        <translation>Una clave nueva del generador aleatorio del sistema, guardada solo en memoria. Cópiela si la necesita más tarde.</translation>
    </message>
    <message>
        <source>Only for an encrypted PEM private key</source>
        <translation>Solo para una clave privada PEM cifrada</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Key to sign with</source>
        <translation>Clave con la que firmar</translation>
    </message>
    <message>
        <source>Copy public JWK</source>
        <translation>Copiar JWK público</translation>
    </message>
    <message>
        <source>Copy the public half as a JWK (safe to share)</source>
        <translation>Copiar la mitad pública como JWK (se puede compartir)</translation>
    </message>
    <message>
        <source>Copy private JWK</source>
        <translation>Copiar JWK privado</translation>
    </message>
    <message>
        <source>Copy the whole key, private part included, to the clipboard</source>
        <translation>Copiar la clave completa, parte privada incluida, al portapapeles</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>&amp;Clave de firma:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Sign with:</source>
        <translation>Firmar con:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>No key file chosen yet.</source>
        <translation>Aún no se ha elegido ningún archivo de clave.</translation>
    </message>
    <message>
        <source>No key pasted yet.</source>
        <translation>Aún no se ha pegado ninguna clave.</translation>
    </message>
    <message>
        <source>No secret entered yet.</source>
        <translation>Aún no se ha introducido ningún secreto.</translation>
    </message>
    <message>
        <source>Generating a key…</source>
        <translation>Generando una clave…</translation>
    </message>
    <message>
        <source>No key generated yet: Generate makes one (Sign does too).</source>
        <translation>Aún no se ha generado ninguna clave: «Generar» crea una («Firmar» también).</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>El secreto está vacío.</translation>
    </message>
    <message>
        <source>Hex needs an even number of digits.</source>
        <translation>El hexadecimal necesita un número par de dígitos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit.</source>
        <translation>«%1» no es un dígito hexadecimal.</translation>
    </message>
    <message>
        <source>Not valid base64 (A–Z, a–z, 0–9, + and /).</source>
        <translation>Base64 no válido (A–Z, a–z, 0–9, + y /).</translation>
    </message>
    <message>
        <source>Not valid base64url (A–Z, a–z, 0–9, - and _).</source>
        <translation>Base64url no válido (A–Z, a–z, 0–9, - y _).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes: a key file is at most 1 MiB, so this is not one.</source>
        <translation>%1 ocupa %2 bytes: un archivo de clave ocupa como máximo 1 MiB, así que no lo es.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>✘ Could not generate the key: %1</source>
        <translation>✘ No se pudo generar la clave: %1</translation>
    </message>
    <message>
        <source>RSA %1-bit private key</source>
        <translation>Clave privada RSA de %1 bits</translation>
    </message>
    <message>
        <source>RSA %1-bit public key</source>
        <translation>Clave pública RSA de %1 bits</translation>
    </message>
    <message>
        <source>%1 private key</source>
        <translation>Clave privada %1</translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation>Clave pública %1</translation>
    </message>
    <message>
        <source>HMAC secret of %1 bits</source>
        <translation>Secreto HMAC de %1 bits</translation>
    </message>
    <message>
        <source>kid &apos;%1&apos;</source>
        <translation>kid «%1»</translation>
    </message>
    <message>
        <source>no usable algorithm (too short for any HMAC)</source>
        <translation>ningún algoritmo utilizable (demasiado corto para cualquier HMAC)</translation>
    </message>
    <message>
        <source>✘ %1 (%2)</source>
        <translation>✘ %1 (%2)</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(sin kid)</translation>
    </message>
    <message numerus="yes">
        <source>✔ JWK Set with %Ln key(s): %1</source>
        <translation>
            <numerusform>✔ JWK Set con %Ln clave: %1</numerusform>
            <numerusform>✔ JWK Set con %Ln claves: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Elegir un archivo de clave</translation>
    </message>
    <message>
        <source>Keys (*.pem *.jwk *.json *.jwks *.crt *.cer *.key *.pub *.secret);;All files (*)</source>
        <translation>Claves (*.pem *.jwk *.json *.jwks *.crt *.cer *.key *.pub *.secret);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Every byte of the file is the secret (a raw HMAC key file, not text)</source>
        <translation>Cada byte del archivo es el secreto (un archivo de clave HMAC en bruto, no texto)</translation>
    </message>
</context>
<context>
    <name>authscope::KeyTableModel</name>
    <message>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>retiring</source>
        <translation>en retirada</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>rotates in %1</source>
        <translation>rota en %1</translation>
    </message>
    <message>
        <source>rotation due now</source>
        <translation>rotación pendiente ahora</translation>
    </message>
    <message>
        <source>signs (HMAC; never published)</source>
        <translation>firma (HMAC; nunca se publica)</translation>
    </message>
    <message>
        <source>signs; rotation by hand</source>
        <translation>firma; rotación manual</translation>
    </message>
    <message>
        <source>signs from the rotation in %1</source>
        <translation>firma a partir de la rotación en %1</translation>
    </message>
    <message>
        <source>published; signs from the next rotation</source>
        <translation>publicada; firma a partir de la próxima rotación</translation>
    </message>
    <message>
        <source>retires in %1</source>
        <translation>se retira en %1</translation>
    </message>
    <message>
        <source>retired %1 ago</source>
        <translation>retirada hace %1</translation>
    </message>
    <message>
        <source>revoked %1 ago: %2</source>
        <translation>revocada hace %1: %2</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generada</translation>
    </message>
    <message>
        <source>public key only: verifies, never signs</source>
        <translation>solo clave pública: verifica, nunca firma</translation>
    </message>
    <message>
        <source>revoked %1: %2</source>
        <translation>revocada el %1: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>ID de clave (kid)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Qué ocurre después</translation>
    </message>
    <message>
        <source>decrypts; senders move on in %1</source>
        <translation>descifra; los remitentes cambian en %1</translation>
    </message>
    <message>
        <source>decrypts; rotation due now</source>
        <translation>descifra; rotación pendiente ahora</translation>
    </message>
    <message>
        <source>decrypts (shared secret; never published)</source>
        <translation>descifra (secreto compartido; nunca publicado)</translation>
    </message>
    <message>
        <source>decrypts; senders encrypt to it</source>
        <translation>descifra; los remitentes cifran para ella</translation>
    </message>
    <message>
        <source>decrypts already; senders encrypt to it from the next rotation</source>
        <translation>ya descifra; los remitentes cifran para ella a partir de la próxima rotación</translation>
    </message>
    <message>
        <source>still decrypts; retires in %1</source>
        <translation>aún descifra; se retira en %1</translation>
    </message>
    <message>
        <source>kid %1
%2, %3
created %4
activated %5
rotated out %6
retire after %7</source>
        <translation>kid %1
%2, %3
creada %4
activada %5
relevada %6
retirar después de %7</translation>
    </message>
    <message>
        <source>public key only: others can encrypt to it, it never decrypts here</source>
        <translation>solo clave pública: otros pueden cifrar para ella, aquí nunca descifra</translation>
    </message>
</context>
<context>
    <name>authscope::KeyValueView</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>authscope::KeysPage</name>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Generar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a key from a PEM, JWK or JWKS file</source>
        <translation>Importar una clave desde un archivo PEM, JWK o JWKS</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotar…</translation>
    </message>
    <message>
        <source>The next key signs from now on; the active key verifies until its tokens expire (Ctrl+R)</source>
        <translation>La clave siguiente firma a partir de ahora; la clave activa verifica hasta que caduquen sus tokens (Ctrl+R)</translation>
    </message>
    <message>
        <source>For a compromised key: rotate, and revoke the old active key at once</source>
        <translation>Para una clave comprometida: rotar y revocar de inmediato la antigua clave activa</translation>
    </message>
    <message>
        <source>Unpublish the selected key and keep it for the record</source>
        <translation>Dejar de publicar la clave seleccionada y conservarla como registro</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>Revo&amp;car…</translation>
    </message>
    <message>
        <source>Unpublish the selected key at once: its tokens fail</source>
        <translation>Dejar de publicar de inmediato la clave seleccionada: sus tokens fallan</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export the selected key (public, or private on request)</source>
        <translation>Exportar la clave seleccionada (pública, o privada si se pide)</translation>
    </message>
    <message>
        <source>&amp;Policy…</source>
        <translation>&amp;Política…</translation>
    </message>
    <message>
        <source>Scheduled rotation, token lifetime, leeway and JWKS cache time</source>
        <translation>Rotación programada, vida de los tokens, margen y tiempo de caché del JWKS</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <source>Re-encrypt the data key under a new passphrase</source>
        <translation>Volver a cifrar la clave de datos con una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Claves de firma</translation>
    </message>
    <message>
        <source>Published JWKS</source>
        <translation>JWKS publicado</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Todas las claves</translation>
    </message>
    <message>
        <source>Around now (grace periods readable)</source>
        <translation>En torno a ahora (periodos de gracia legibles)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Rotation &amp;timeline</source>
        <translation>Cr&amp;onología de rotación</translation>
    </message>
    <message>
        <source>Published &amp;JWKS</source>
        <translation>&amp;JWKS publicado</translation>
    </message>
    <message>
        <source>Public key as &amp;JWK…</source>
        <translation>Clave pública como &amp;JWK…</translation>
    </message>
    <message>
        <source>Public key as &amp;PEM…</source>
        <translation>Clave pública como &amp;PEM…</translation>
    </message>
    <message>
        <source>Whole published JWK &amp;Set…</source>
        <translation>JWK &amp;Set publicado completo…</translation>
    </message>
    <message>
        <source>Private key as JWK (unencrypted)…</source>
        <translation>Clave privada como JWK (sin cifrar)…</translation>
    </message>
    <message>
        <source>Private key as encrypted PKCS#8 PEM…</source>
        <translation>Clave privada como PEM PKCS#8 cifrado…</translation>
    </message>
    <message>
        <source>Cannot read the keys: %1</source>
        <translation>No se pueden leer las claves: %1</translation>
    </message>
    <message>
        <source>Keys: %1 retired, %2 rotated, %3 pre-generated</source>
        <translation>Claves: %1 retirada(s), %2 rotada(s), %3 pregenerada(s)</translation>
    </message>
    <message>
        <source>Active: &lt;b&gt;%1&lt;/b&gt; %2, signing for %3</source>
        <translation>Activa: &lt;b&gt;%1&lt;/b&gt; %2, firma desde hace %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;No active key&lt;/b&gt; for &apos;%1&apos;: generate or import one</source>
        <translation>&lt;b&gt;Ninguna clave activa&lt;/b&gt; para «%1»: genere o importe una</translation>
    </message>
    <message numerus="yes">
        <source>rotates every %Ln day(s)</source>
        <translation>
            <numerusform>rota cada %Ln día</numerusform>
            <numerusform>rota cada %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>rotation by hand</source>
        <translation>rotación manual</translation>
    </message>
    <message>
        <source>next rotation in %1</source>
        <translation>próxima rotación en %1</translation>
    </message>
    <message>
        <source>tokens live %1 + %2 s leeway</source>
        <translation>los tokens duran %1 + %2 s de margen</translation>
    </message>
    <message>
        <source>Key store unlocked for this run: private keys can sign and be exported.</source>
        <translation>Almacén de claves desbloqueado para esta ejecución: las claves privadas pueden firmar y exportarse.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>Forget the data key until the passphrase is given again</source>
        <translation>Olvidar la clave de datos hasta que se vuelva a introducir la frase de contraseña</translation>
    </message>
    <message>
        <source>Key store locked: reading needs no passphrase; it is asked for the first action that needs a private key.</source>
        <translation>Almacén de claves bloqueado: leer no requiere frase de contraseña; se pide en la primera acción que necesite una clave privada.</translation>
    </message>
    <message>
        <source>No passphrase set yet: the first key you generate or import sets it.</source>
        <translation>Aún no hay frase de contraseña: la primera clave que genere o importe la establece.</translation>
    </message>
    <message>
        <source>Enter the passphrase now</source>
        <translation>Introducir ahora la frase de contraseña</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Almacén de claves</translation>
    </message>
    <message>
        <source>Generating key material…</source>
        <translation>Generando material de clave…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Nothing changed: the key store stayed locked.</source>
        <translation>Nada cambiado: el almacén de claves siguió bloqueado.</translation>
    </message>
    <message>
        <source>Rotated: %1 signs now</source>
        <translation>Rotada: ahora firma %1</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>%1 revocada</translation>
    </message>
    <message>
        <source>Keys updated</source>
        <translation>Claves actualizadas</translation>
    </message>
    <message>
        <source>Generate a key</source>
        <translation>Generar una clave</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.crt *.json *.jwk *.jwks);;All files (*)</source>
        <translation>Claves (*.pem *.key *.crt *.json *.jwk *.jwks);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cannot read %1 (or it is larger than 1 MiB).</source>
        <translation>No se puede leer %1 (o ocupa más de 1 MiB).</translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation>Frase de contraseña de %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Rotar la clave de firma</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotar</translation>
    </message>
    <message>
        <source>(given in the preview)</source>
        <translation>(indicado en la vista previa)</translation>
    </message>
    <message>
        <source>Rotate and revoke the signing key</source>
        <translation>Rotar y revocar la clave de firma</translation>
    </message>
    <message>
        <source>Rotate &amp;&amp; &amp;revoke</source>
        <translation>Rotar y re&amp;vocar</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retirar %1</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revocar %1</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;vocar</translation>
    </message>
    <message>
        <source>Export a private key</source>
        <translation>Exportar una clave privada</translation>
    </message>
    <message>
        <source>Whoever holds the exported private key can sign tokens that every relying party accepts. The export is recorded in the audit log. Export %1?</source>
        <translation>Quien tenga la clave privada exportada puede firmar tokens que cualquier parte que confía aceptará. La exportación se anota en el registro de auditoría. ¿Exportar %1?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>Archivos PEM (*.pem)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Rotation policy saved</source>
        <translation>Política de rotación guardada</translation>
    </message>
    <message>
        <source>Key store locked</source>
        <translation>Almacén de claves bloqueado</translation>
    </message>
    <message>
        <source>Key store unlocked for this run</source>
        <translation>Almacén de claves desbloqueado para esta ejecución</translation>
    </message>
    <message>
        <source>Passphrase changed; the keys were not touched</source>
        <translation>Frase de contraseña cambiada; las claves no se han tocado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Rotate &amp;&amp; rev&amp;oke…</source>
        <translation>Rotar &amp;y revocar…</translation>
    </message>
    <message>
        <source>R&amp;etire…</source>
        <translation>Re&amp;tirar…</translation>
    </message>
    <message>
        <source>Cha&amp;nge passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>Revocar la clave seleccionada</translation>
    </message>
    <message>
        <source>Delete revokes the selected key, after a preview</source>
        <translation>Supr revoca la clave seleccionada, tras una vista previa</translation>
    </message>
    <message>
        <source>Generate a new signing or encryption key (Ctrl+G)</source>
        <translation>Generar una nueva clave de firma o de cifrado (Ctrl+G)</translation>
    </message>
    <message>
        <source>Active: &lt;b&gt;%1&lt;/b&gt; %2, the key senders encrypt to for %3</source>
        <translation>Activa: &lt;b&gt;%1&lt;/b&gt; %2, la clave para la que cifran los remitentes durante %3</translation>
    </message>
    <message>
        <source>Import a key for &apos;%1&apos;</source>
        <translation>Importar una clave para «%1»</translation>
    </message>
</context>
<context>
    <name>authscope::LabHistoryModel</name>
    <message>
        <source>Cost per request</source>
        <translation>Coste por petición</translation>
    </message>
    <message>
        <source>Revocation window</source>
        <translation>Ventana de revocación</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>Bytes transmitidos</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Run %1, %2</source>
        <translation>Ejecución %1, %2</translation>
    </message>
    <message>
        <source>quick</source>
        <translation>rápida</translation>
    </message>
    <message>
        <source>full</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Tardó</translation>
    </message>
    <message>
        <source>Stolen credential</source>
        <translation>Credencial robada</translation>
    </message>
    <message>
        <source>Revocation across nodes</source>
        <translation>Revocación entre nodos</translation>
    </message>
</context>
<context>
    <name>authscope::LabPage</name>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Lab sections</source>
        <translation>Secciones del laboratorio</translation>
    </message>
    <message>
        <source>Experiments:</source>
        <translation>Experimentos:</translation>
    </message>
    <message>
        <source>Requests per second and latency for no authentication, session cookies and JWTs by algorithm</source>
        <translation>Peticiones por segundo y latencia sin autenticación, con cookies de sesión y con JWT por algoritmo</translation>
    </message>
    <message>
        <source>After a revocation: how long each method keeps being accepted</source>
        <translation>Tras una revocación: cuánto tiempo se sigue aceptando cada método</translation>
    </message>
    <message>
        <source>Cookie versus bearer token size, and what a token reveals</source>
        <translation>Tamaño de la cookie frente al token bearer, y lo que revela un token</translation>
    </message>
    <message>
        <source>Session validation as the session table grows, versus JWT verification</source>
        <translation>Validación de sesión a medida que crece la tabla de sesiones, frente a la verificación de JWT</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Full: longer measurements, up to %1 sessions</source>
        <translation>Completa: mediciones más largas, hasta %1 sesiones</translation>
    </message>
    <message>
        <source>Good for a first look; the numbers vary more from run to run</source>
        <translation>Buena para una primera idea; las cifras varían más de una ejecución a otra</translation>
    </message>
    <message>
        <source>Length of the run</source>
        <translation>Duración de la ejecución</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run the selected experiments</source>
        <translation>Ejecutar los experimentos seleccionados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancelar la ejecución</translation>
    </message>
    <message>
        <source>Stop the experiment under way (what it measured is kept, marked cancelled) and skip the others (Esc)</source>
        <translation>Detener el experimento en curso (lo que midió se conserva, marcado como cancelado) y omitir los demás (Esc)</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Progreso de la ejecución</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Experiment results</source>
        <translation>Resultados de los experimentos</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Ejecuciones guardadas</translation>
    </message>
    <message>
        <source>&amp;Show in its tab</source>
        <translation>&amp;Mostrar en su pestaña</translation>
    </message>
    <message>
        <source>Show the selected run in its tab</source>
        <translation>Mostrar la ejecución seleccionada en su pestaña</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>Eliminar la ejecución seleccionada</translation>
    </message>
    <message>
        <source>Selecting a run shows it in its experiment&apos;s tab; export it from there.</source>
        <translation>Al seleccionar una ejecución se muestra en la pestaña de su experimento; expórtela desde allí.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Trade-off experiments</source>
        <translation>Experimentos de compromiso</translation>
    </message>
    <message>
        <source>Self-attack</source>
        <translation>Autoataque</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Lab run started</source>
        <translation>Ejecución del laboratorio iniciada</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%1% — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <source>Cancelled at %p%</source>
        <translation>Cancelada al %p %</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Lab run cancelled; what was measured is saved</source>
        <translation>Ejecución del laboratorio cancelada; lo medido está guardado</translation>
    </message>
    <message>
        <source>Lab run finished</source>
        <translation>Ejecución del laboratorio terminada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>La ejecución se detuvo: %1</translation>
    </message>
    <message>
        <source>%1 run of %2</source>
        <translation>la ejecución «%1» del %2</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Eliminar la ejecución</translation>
    </message>
    <message>
        <source>Delete the %1? This cannot be undone.</source>
        <translation>¿Eliminar %1? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleted the %1</source>
        <translation>Se eliminó %1</translation>
    </message>
    <message>
        <source>Export run as JSON</source>
        <translation>Exportar la ejecución como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export run as CSV</source>
        <translation>Exportar la ejecución como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Running on a scratch database in a temporary folder: your sessions, keys and users are not touched. Cancel keeps what was measured so far.</source>
        <translation>Se ejecuta en una base de datos desechable en una carpeta temporal: sus sesiones, claves y usuarios no se tocan. Cancelar conserva lo medido hasta entonces.</translation>
    </message>
    <message>
        <source>Choose at least one experiment.</source>
        <translation>Elija al menos un experimento.</translation>
    </message>
    <message>
        <source>This selection takes %1 (longer in a debug build).</source>
        <translation>Esta selección tarda %1 (más en una compilación de depuración).</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>unos %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>unos %1 min</translation>
    </message>
    <message>
        <source>Quick: short measurements, up to %1 sessions</source>
        <translation>Rápida: mediciones cortas, hasta %1 sesiones</translation>
    </message>
    <message>
        <source>Steadier numbers; seeds the largest session table</source>
        <translation>Cifras más estables; llena la tabla de sesiones más grande</translation>
    </message>
    <message>
        <source>A thief replays a copy of a cookie, a token and a key-bound (DPoP) token from another computer: which are refused, and how long each still works after the owner logs out</source>
        <translation>Un ladrón reutiliza desde otro ordenador una copia de una cookie, de un token y de un token vinculado a una clave (DPoP): cuáles se rechazan y cuánto tiempo sigue funcionando cada uno después de que el dueño cierre la sesión</translation>
    </message>
    <message>
        <source>Two servers share one database: after a revocation on one, how long until the other refuses</source>
        <translation>Dos servidores comparten una base de datos: tras una revocación en uno, cuánto tarda el otro en rechazar</translation>
    </message>
    <message>
        <source>Each experiment runs on a scratch database with its own users, keys and a test server reachable only from this computer, removed afterwards: your data is never touched. Only the results are saved.</source>
        <translation>Cada experimento se ejecuta en una base de datos desechable con sus propios usuarios, claves y un servidor de prueba accesible solo desde este ordenador, que se eliminan después: sus datos nunca se tocan. Solo se guardan los resultados.</translation>
    </message>
</context>
<context>
    <name>authscope::MainWindow</name>
    <message>
        <source>AuthScope — %1</source>
        <translation>AuthScope — %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>Base de datos: %1 (esquema %2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Colour Scheme</source>
        <translation>Esquema de &amp;colores</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About AuthScope</source>
        <translation>&amp;Acerca de AuthScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>AuthScope databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de AuthScope (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>AuthScope databases (*.db)</source>
        <translation>Bases de datos de AuthScope (*.db)</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Could not start a new AuthScope window.</source>
        <translation>No se pudo iniciar una nueva ventana de AuthScope.</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>authscope::NodesView</name>
    <message>
        <source>Revocation across nodes on SQLite: time until node B refused</source>
        <translation>Revocación entre nodos en SQLite: tiempo hasta que el nodo B rechazó</translation>
    </message>
    <message>
        <source>Revocation across nodes on PostgreSQL: time until node B refused</source>
        <translation>Revocación entre nodos en PostgreSQL: tiempo hasta que el nodo B rechazó</translation>
    </message>
    <message>
        <source>SQLite&apos;s change counter</source>
        <translation>contador de cambios de SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL notification</source>
        <translation>notificación de PostgreSQL</translation>
    </message>
    <message>
        <source>once-a-second check</source>
        <translation>comprobación una vez por segundo</translation>
    </message>
    <message>
        <source>reconnect of node B&apos;s listener</source>
        <translation>reconexión del oyente del nodo B</translation>
    </message>
    <message>
        <source>a database read</source>
        <translation>una lectura de la base de datos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Revocada por</translation>
    </message>
    <message>
        <source>Node A&apos;s logout, or the administrator revoking the session</source>
        <translation>El cierre de sesión del nodo A, o el administrador revocando la sesión</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Revocaciones</translation>
    </message>
    <message>
        <source>Fastest (ms)</source>
        <translation>Más rápida (ms)</translation>
    </message>
    <message>
        <source>Median (ms)</source>
        <translation>Mediana (ms)</translation>
    </message>
    <message>
        <source>Half of the revocations reached node B sooner</source>
        <translation>La mitad de las revocaciones llegó antes al nodo B</translation>
    </message>
    <message>
        <source>95th percentile (ms)</source>
        <translation>Percentil 95 (ms)</translation>
    </message>
    <message>
        <source>95 of 100 revocations reached node B sooner</source>
        <translation>95 de cada 100 revocaciones llegaron antes al nodo B</translation>
    </message>
    <message>
        <source>Slowest (ms)</source>
        <translation>Más lenta (ms)</translation>
    </message>
    <message>
        <source>Never refused</source>
        <translation>Nunca rechazada</translation>
    </message>
    <message>
        <source>Node B still accepted the credential 10 s after the revocation</source>
        <translation>El nodo B seguía aceptando la credencial 10 s después de la revocación</translation>
    </message>
    <message>
        <source>How node B learned of it</source>
        <translation>Cómo se enteró el nodo B</translation>
    </message>
    <message>
        <source>SQLite: the change counter both processes read in shared memory. PostgreSQL: a notification sent when the revocation is committed, or the check node B makes once a second when none came</source>
        <translation>SQLite: el contador de cambios que ambos procesos leen en memoria compartida. PostgreSQL: una notificación enviada al confirmar la revocación, o la comprobación que hace el nodo B una vez por segundo si no llegó ninguna</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Archivo SQLite</translation>
    </message>
    <message>
        <source>node A (logout)</source>
        <translation>nodo A (cierre de sesión)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>No SQLite measurement yet</source>
        <translation>Aún no hay medición de SQLite</translation>
    </message>
    <message>
        <source>No PostgreSQL measurement yet</source>
        <translation>Aún no hay medición de PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file, two processes</source>
        <translation>Archivo SQLite, dos procesos</translation>
    </message>
    <message>
        <source>PostgreSQL, two processes</source>
        <translation>PostgreSQL, dos procesos</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>node A</source>
        <translation>nodo A</translation>
    </message>
    <message>
        <source>revocation number</source>
        <translation>número de revocación</translation>
    </message>
    <message>
        <source>ms until refused (log)</source>
        <translation>ms hasta el rechazo (log)</translation>
    </message>
    <message>
        <source>ms until refused</source>
        <translation>ms hasta el rechazo</translation>
    </message>
</context>
<context>
    <name>authscope::PassphraseDialog</name>
    <message>
        <source>Unlock the key store</source>
        <translation>Desbloquear el almacén de claves</translation>
    </message>
    <message>
        <source>The private keys are encrypted with the administrator passphrase. Enter it to sign, generate, import or export keys; it is asked once per run.</source>
        <translation>Las claves privadas están cifradas con la frase de contraseña del administrador. Introdúzcala para firmar, generar, importar o exportar claves; se pide una vez por ejecución.</translation>
    </message>
    <message>
        <source>Set the key store passphrase</source>
        <translation>Establecer la frase de contraseña del almacén de claves</translation>
    </message>
    <message>
        <source>This is the first key of this database. Choose the passphrase that encrypts every private key: without it they cannot be used or recovered.</source>
        <translation>Es la primera clave de esta base de datos. Elija la frase de contraseña que cifra cada clave privada: sin ella no se pueden usar ni recuperar.</translation>
    </message>
    <message>
        <source>Change the key store passphrase</source>
        <translation>Cambiar la frase de contraseña del almacén de claves</translation>
    </message>
    <message>
        <source>The data key is re-encrypted under the new passphrase; the keys themselves are not touched.</source>
        <translation>La clave de datos se vuelve a cifrar con la nueva frase de contraseña; las claves en sí no se tocan.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña a&amp;ctual:</translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>Frase de contraseña de exportación</translation>
    </message>
    <message>
        <source>The exported private key is encrypted (PKCS#8) with this passphrase. Whoever gets the file and the passphrase can sign as you.</source>
        <translation>La clave privada exportada se cifra (PKCS#8) con esta frase de contraseña. Quien obtenga el archivo y la frase puede firmar en su nombre.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>A passphrase of %1 characters or more, or a few words, resists guessing far better.</source>
        <translation>Una frase de contraseña de %1 caracteres o más, o de unas cuantas palabras, resiste mucho mejor los intentos de adivinarla.</translation>
    </message>
</context>
<context>
    <name>authscope::PolicyEditor</name>
    <message>
        <source>Allowed algorithms</source>
        <translation>Algoritmos permitidos</translation>
    </message>
    <message>
        <source>Which algorithms the verifier accepts. None ticked: the key decides (its own alg, else the algorithms of its type), which is the safe default.</source>
        <translation>Qué algoritmos acepta el verificador. Ninguno marcado: decide la clave (su propio alg o, si no, los algoritmos de su tipo), que es la opción segura por defecto.</translation>
    </message>
    <message>
        <source>Pinned by the key (clear all)</source>
        <translation>Fijados por la clave (desmarcar todo)</translation>
    </message>
    <message>
        <source>Any issuer (not checked)</source>
        <translation>Cualquier emisor (no se comprueba)</translation>
    </message>
    <message>
        <source>None: a token that names an audience is refused</source>
        <translation>Ninguna: se rechaza un token que indique una audiencia</translation>
    </message>
    <message>
        <source>RFC 7519 §4.1.3: a recipient that does not find itself in aud must reject the token, so a token with aud needs the audience you speak for here.</source>
        <translation>RFC 7519 §4.1.3: un destinatario que no se encuentre en aud debe rechazar el token, así que un token con aud necesita la audiencia que usted representa aquí.</translation>
    </message>
    <message>
        <source>Any type (e.g. JWT, at+jwt)</source>
        <translation>Cualquier tipo (p. ej., JWT, at+jwt)</translation>
    </message>
    <message>
        <source>Claims the token must carry, separated by commas or spaces</source>
        <translation>Claims que el token debe llevar, separados por comas o espacios</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clock skew allowed for exp, nbf and iat (0 to 300 seconds)</source>
        <translation>Desfase de reloj permitido para exp, nbf e iat (de 0 a 300 segundos)</translation>
    </message>
    <message>
        <source>Signature only (plain JWS: any payload, no claim checks)</source>
        <translation>Solo firma (JWS: cualquier carga, sin comprobar claims)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>At a chosen time (UTC)</source>
        <translation>En un momento elegido (UTC)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Chosen time</source>
        <translation>Momento elegido</translation>
    </message>
    <message>
        <source>At issue time</source>
        <translation>Al emitirse</translation>
    </message>
    <message>
        <source>Check the token as of its iat (was it valid when it was issued?)</source>
        <translation>Comprobar el token en la fecha de su iat (¿era válido cuando se emitió?)</translation>
    </message>
    <message>
        <source>Take iss and aud from the token</source>
        <translation>Tomar iss y aud del token</translation>
    </message>
    <message>
        <source>Fill issuer and audience with the token&apos;s own values. Convenient, but it only proves the token is consistent with itself: for a real check type the values you expect.</source>
        <translation>Rellenar el emisor y la audiencia con los valores del propio token. Es cómodo, pero solo demuestra que el token es coherente consigo mismo: para una comprobación real, escriba los valores que espera.</translation>
    </message>
    <message>
        <source>Strict defaults</source>
        <translation>Valores estrictos</translation>
    </message>
    <message>
        <source>Pinned algorithms, exp required, 30 s leeway, no issuer or audience, now</source>
        <translation>Algoritmos fijados, exp obligatorio, 30 s de margen, sin emisor ni audiencia, ahora</translation>
    </message>
    <message>
        <source>Algorithms:</source>
        <translation>Algoritmos:</translation>
    </message>
    <message>
        <source>Iss&amp;uer:</source>
        <translation>E&amp;misor:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audiencia:</translation>
    </message>
    <message>
        <source>Type (typ):</source>
        <translation>Tipo (typ):</translation>
    </message>
    <message>
        <source>Required claims:</source>
        <translation>Claims obligatorios:</translation>
    </message>
    <message>
        <source>Leeway:</source>
        <translation>Margen:</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Reloj:</translation>
    </message>
    <message>
        <source>Pinned by the key</source>
        <translation>Fijados por la clave</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Any JWT</source>
        <translation>Cualquier JWT</translation>
    </message>
    <message>
        <source>OAuth 2.0 access token (RFC 9068)</source>
        <translation>Token de acceso OAuth 2.0 (RFC 9068)</translation>
    </message>
    <message>
        <source>RFC 9068 access tokens: typ at+jwt and the claims iss, exp, aud, sub, client_id, iat and jti required (§2.2, §4)</source>
        <translation>Tokens de acceso RFC 9068: typ at+jwt y los claims iss, exp, aud, sub, client_id, iat y jti obligatorios (§2.2, §4)</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
</context>
<context>
    <name>authscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time AuthScope starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie AuthScope.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>Esquema de &amp;colores:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the Sessions and Audit log pages re-read their rows while shown; applied when you press OK</source>
        <translation>Cada cuánto las páginas Sesiones y Auditoría vuelven a leer sus filas mientras se muestran; se aplica al pulsar Aceptar</translation>
    </message>
    <message>
        <source>Re&amp;fresh lists every:</source>
        <translation>Ac&amp;tualizar las listas cada:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remember inspected tokens in this database (claims and a hash, kept %Ln day(s))</source>
        <translation>
            <numerusform>&amp;Recordar en esta base de datos los tokens inspeccionados (claims y un hash, guardados %Ln día)</numerusform>
            <numerusform>&amp;Recordar en esta base de datos los tokens inspeccionados (claims y un hash, guardados %Ln días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>Check the JWT &amp;deny-list</source>
        <translation>Comprobar la lista de dene&amp;gación JWT</translation>
    </message>
    <message>
        <source>Test server (used the next time it starts)</source>
        <translation>Servidor de prueba (se usa la próxima vez que se inicie)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>Vida del to&amp;ken:</translation>
    </message>
    <message>
        <source>&amp;Quick runs (a few seconds each; untick for the full measurements)</source>
        <translation>E&amp;jecuciones rápidas (unos segundos cada una; desmarque para las mediciones completas)</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>The token history setting was not changed: %1</source>
        <translation>El ajuste del historial de tokens no se cambió: %1</translation>
    </message>
</context>
<context>
    <name>authscope::ProfileForm</name>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>AuthScope databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de AuthScope (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Un nombre de perfil tiene de 1 a 64 letras, cifras, «.», «_» o «-».</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Elija el archivo de base de datos.</translation>
    </message>
    <message>
        <source>A PostgreSQL profile needs a host, a user and a database.</source>
        <translation>Un perfil de PostgreSQL necesita un host, un usuario y una base de datos.</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>p. ej. production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Archivo SQLite en este ordenador</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Servidor PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>leave empty to keep the saved one</source>
        <translation>déjela vacía para conservar la guardada</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>The password is never written to a settings file. Without a keychain AuthScope uses PostgreSQL&apos;s own sources (PGPASSWORD, ~/.pgpass) or asks when it connects.</source>
        <translation>La contraseña nunca se escribe en un archivo de configuración. Sin llavero, AuthScope usa las fuentes propias de PostgreSQL (PGPASSWORD, ~/.pgpass) o la pide al conectar.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Cifrado (sslmode):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
</context>
<context>
    <name>authscope::RelativeTime</name>
    <message>
        <source>%1 y %2 d</source>
        <translation>%1 a %2 d</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 a</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>caduca en %1</translation>
    </message>
    <message>
        <source>expires now</source>
        <translation>caduca ahora</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>caducó hace %1</translation>
    </message>
    <message>
        <source>not valid for another %1</source>
        <translation>no es válido hasta dentro de %1</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>válido desde hace %1</translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation>emitido %1 en el futuro</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>emitido hace %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
</context>
<context>
    <name>authscope::RequestDetailPane</name>
    <message>
        <source>[%1 bytes in all; the first %2 are shown]</source>
        <translation>[%1 bytes en total; se muestran los primeros %2]</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Open in &amp;Tokens</source>
        <translation>&amp;Abrir en Tokens</translation>
    </message>
    <message>
        <source>Load the token this exchange carried into the Tokens page</source>
        <translation>Cargar en la página Tokens el token de este intercambio</translation>
    </message>
    <message>
        <source>Select a request in the log to see it in detail.</source>
        <translation>Seleccione una petición del registro para verla en detalle.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>credential check %1 µs</source>
        <translation>comprobación de la credencial %1 µs</translation>
    </message>
    <message>
        <source>total %1 µs</source>
        <translation>total %1 µs</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Refused before any handler ran (%1): nothing more was read.</source>
        <translation>Rechazada antes de que se ejecutara ningún manejador (%1): no se leyó nada más.</translation>
    </message>
    <message>
        <source>No detail kept for this request: only the newest requests keep theirs.</source>
        <translation>No se guardó ningún detalle de esta petición: solo las peticiones más recientes conservan el suyo.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>Load the token (%1) into the Tokens page</source>
        <translation>Cargar el token (%1) en la página Tokens</translation>
    </message>
</context>
<context>
    <name>authscope::RequestLogModel</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> desde %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Aut.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprob.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>authscope::ResignPanel</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Header to sign</source>
        <translation>Cabecera que se firmará</translation>
    </message>
    <message>
        <source>{&quot;alg&quot;: &quot;ES256&quot;, &quot;typ&quot;: &quot;JWT&quot;}</source>
        <translation>{&quot;alg&quot;: &quot;ES256&quot;, &quot;typ&quot;: &quot;JWT&quot;}</translation>
    </message>
    <message>
        <source>Payload to sign</source>
        <translation>Carga útil que se firmará</translation>
    </message>
    <message>
        <source>{&quot;sub&quot;: &quot;alice&quot;, &quot;exp&quot;: 1900000000}</source>
        <translation>{&quot;sub&quot;: &quot;alice&quot;, &quot;exp&quot;: 1900000000}</translation>
    </message>
    <message>
        <source>Reset from token</source>
        <translation>Restablecer del token</translation>
    </message>
    <message>
        <source>Replace both editors with the header and payload of the token on display</source>
        <translation>Sustituir ambos editores por la cabecera y la carga útil del token mostrado</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Vida útil</translation>
    </message>
    <message>
        <source>Set iat = now, exp = now +</source>
        <translation>Reemitir por</translation>
    </message>
    <message>
        <source>Issue the payload now: iat (and nbf when present) become now, exp now plus the lifetime</source>
        <translation>Emitir la carga útil ahora: iat (y nbf si existe) pasan a ser ahora, y exp ahora más la vida útil</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Algoritmo de firma</translation>
    </message>
    <message>
        <source>Put the key&apos;s kid in the header</source>
        <translation>Poner el kid en la cabecera</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Make a new token from the header and payload above (Ctrl+Return)</source>
        <translation>Crear un token nuevo a partir de la cabecera y la carga útil de arriba (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Unsigned (alg: none)</source>
        <translation>Sin firmar (alg: none)</translation>
    </message>
    <message>
        <source>For testing verifiers: the same header and payload with alg &quot;none&quot; and an empty signature. A sound verifier refuses it; AuthScope always does.</source>
        <translation>Para probar verificadores: la misma cabecera y carga útil con alg &quot;none&quot; y una firma vacía. Un verificador sólido lo rechaza; AuthScope siempre lo hace.</translation>
    </message>
    <message>
        <source>Algorith&amp;m:</source>
        <translation>Algorit&amp;mo:</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Token nuevo</translation>
    </message>
    <message>
        <source>The new token appears here.</source>
        <translation>El token nuevo aparece aquí.</translation>
    </message>
    <message>
        <source>Ope&amp;n in inspector</source>
        <translation>Abrir en el i&amp;nspector</translation>
    </message>
    <message>
        <source>Inspect the new token, with the signing key (its public half) set up to verify it</source>
        <translation>Inspeccionar el token nuevo, con la clave de firma (su mitad pública) preparada para verificarlo</translation>
    </message>
    <message>
        <source>Copy new token</source>
        <translation>Copiar el token nuevo</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Cabecera: %1</translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>Carga útil: %1</translation>
    </message>
    <message>
        <source>✔ Header and payload are valid JSON</source>
        <translation>✔ La cabecera y la carga útil son JSON válido</translation>
    </message>
    <message>
        <source>Paste a token to start from it, or write a header and a payload.</source>
        <translation>Pegue un token para partir de él, o escriba una cabecera y una carga útil.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation>cabecera: %1</translation>
    </message>
    <message>
        <source>payload: %1</source>
        <translation>carga útil: %1</translation>
    </message>
    <message>
        <source>✘ Cannot sign: %1</source>
        <translation>✘ No se puede firmar: %1</translation>
    </message>
    <message>
        <source>Generating a key…</source>
        <translation>Generando una clave…</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>ninguna clave</translation>
    </message>
    <message>
        <source>✘ Cannot sign: this key cannot sign with any JWS algorithm</source>
        <translation>✘ No se puede firmar: esta clave no puede firmar con ningún algoritmo JWS</translation>
    </message>
    <message>
        <source>✘ Cannot sign: %1 (%2)</source>
        <translation>✘ No se puede firmar: %1 (%2)</translation>
    </message>
    <message>
        <source>✔ Signed with %1 using %2</source>
        <translation>✔ Firmado con %1 mediante %2</translation>
    </message>
    <message>
        <source>✘ Fix the header and payload JSON first</source>
        <translation>✘ Corrija primero el JSON de la cabecera y la carga útil</translation>
    </message>
    <message>
        <source>⚠ Unsigned token, for testing verifiers only: anyone can forge it, and a sound verifier (AuthScope included) refuses it.</source>
        <translation>⚠ Token sin firmar, solo para probar verificadores: cualquiera puede falsificarlo, y un verificador sólido (AuthScope incluido) lo rechaza.</translation>
    </message>
    <message>
        <source>✘ Not signed: %1</source>
        <translation>✘ No firmado: %1</translation>
    </message>
</context>
<context>
    <name>authscope::RevocationRaceView</name>
    <message>
        <source>Start &amp;race</source>
        <translation>Iniciar ca&amp;rrera</translation>
    </message>
    <message>
        <source>Log in once with a cookie and once for a JWT, then call /api/me every 200 ms with each</source>
        <translation>Iniciar sesión una vez con cookie y otra para un JWT, y luego llamar a /api/me cada 200 ms con cada uno</translation>
    </message>
    <message>
        <source>Revoke both sessions from the console, as an administrator would</source>
        <translation>Revocar ambas sesiones desde la consola, como haría un administrador</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>accepted (200)</source>
        <translation>aceptado (200)</translation>
    </message>
    <message>
        <source>refused (401)</source>
        <translation>rechazado (401)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>seconds since the race started</source>
        <translation>segundos desde el inicio de la carrera</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>cookie</translation>
    </message>
    <message>
        <source>Revocation race timeline</source>
        <translation>Cronología de la carrera de revocación</translation>
    </message>
    <message>
        <source>The race could not start: %1</source>
        <translation>La carrera no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>revocation race</source>
        <translation>carrera de revocación</translation>
    </message>
    <message numerus="yes">
        <source>Both clients are logged in and polling (%Ln request(s) so far). Now revoke both.</source>
        <translation>
            <numerusform>Ambos clientes han iniciado sesión y están consultando (%Ln petición hasta ahora). Revoque ahora ambos.</numerusform>
            <numerusform>Ambos clientes han iniciado sesión y están consultando (%Ln peticiones hasta ahora). Revoque ahora ambos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cookie session: refused %1 ms after the revocation, after %Ln more accepted request(s).</source>
        <translation>
            <numerusform>Sesión con cookie: rechazada %1 ms después de la revocación, tras %Ln petición aceptada más.</numerusform>
            <numerusform>Sesión con cookie: rechazada %1 ms después de la revocación, tras %Ln peticiones aceptadas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cookie session: no request since the revocation yet.</source>
        <translation>Sesión con cookie: aún no hay peticiones desde la revocación.</translation>
    </message>
    <message>
        <source>JWT: refused %1 ms after the revocation (the server checked its session and the deny-list).</source>
        <translation>JWT: rechazado %1 ms después de la revocación (el servidor comprobó su sesión y la lista de denegación).</translation>
    </message>
    <message numerus="yes">
        <source>JWT: still accepted — %Ln request(s) since the revocation. Without the deny-list it stays valid until it expires (in about %1 s).</source>
        <translation>
            <numerusform>JWT: todavía aceptado — %Ln petición desde la revocación. Sin la lista de denegación sigue siendo válido hasta que caduque (en unos %1 s).</numerusform>
            <numerusform>JWT: todavía aceptado — %Ln peticiones desde la revocación. Sin la lista de denegación sigue siendo válido hasta que caduque (en unos %1 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke &amp;both now</source>
        <translation>Revocar a&amp;mbas ahora</translation>
    </message>
    <message>
        <source>JWT deny-l&amp;ist on</source>
        <translation>Lista de denegación &amp;JWT activa</translation>
    </message>
    <message>
        <source>The race&apos;s own server: on, it checks each JWT against the revoked sessions and the deny-list; off, a JWT is accepted until it expires, whatever happened to its session. Switch it during the race to see the difference.</source>
        <translation>El servidor propio de la carrera: activado, comprueba cada JWT contra las sesiones revocadas y la lista de denegación; desactivado, un JWT se acepta hasta que caduca, pase lo que pase con su sesión. Cámbielo durante la carrera para ver la diferencia.</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Iniciar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Two clients log in (one with a session cookie, one with a JWT) and call /api/me five times a second. Revoke both and watch what happens. The race has a test server and a scratch database of its own on 127.0.0.1: your database, users and audit log are not touched.</source>
        <translation>Dos clientes inician sesión (uno con una cookie de sesión, otro con un JWT) y llaman a /api/me cinco veces por segundo. Revoque ambas y observe qué ocurre. La carrera tiene su propio servidor de prueba y su propia base de datos desechable en 127.0.0.1: su base de datos, sus usuarios y su registro de auditoría no se tocan.</translation>
    </message>
    <message>
        <source>Both clients are refused: the race stopped by itself and its scratch database is gone.</source>
        <translation>Ambos clientes son rechazados: la carrera se detuvo sola y su base de datos desechable ya no existe.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <source>Switch the deny-list on to refuse the JWT now; the race stops once both are refused.</source>
        <translation>Active la lista de denegación para rechazar el JWT ya; la carrera se detiene en cuanto ambos son rechazados.</translation>
    </message>
</context>
<context>
    <name>authscope::RevocationView</name>
    <message>
        <source>Revocation window: timeline of requests</source>
        <translation>Ventana de revocación: cronología de las peticiones</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Requests answered before the revocation</source>
        <translation>Peticiones respondidas antes de la revocación</translation>
    </message>
    <message>
        <source>Accepted after</source>
        <translation>Aceptadas después</translation>
    </message>
    <message>
        <source>Requests still answered 200 after the revocation</source>
        <translation>Peticiones aún respondidas con 200 después de la revocación</translation>
    </message>
    <message>
        <source>Refused after</source>
        <translation>Rechazadas después</translation>
    </message>
    <message>
        <source>Window (ms)</source>
        <translation>Ventana (ms)</translation>
    </message>
    <message>
        <source>From the revocation to the first refusal; 0: the very next request failed</source>
        <translation>Desde la revocación hasta el primer rechazo; 0: la siguiente petición ya falló</translation>
    </message>
    <message>
        <source>Token lifetime (ms)</source>
        <translation>Vida del token (ms)</translation>
    </message>
    <message>
        <source>still accepted at the end</source>
        <translation>aún aceptado al final</translation>
    </message>
    <message>
        <source>No revocation-window run yet</source>
        <translation>Aún no hay ninguna ejecución de ventana de revocación</translation>
    </message>
    <message>
        <source>accepted (200)</source>
        <translation>aceptado (200)</translation>
    </message>
    <message>
        <source>refused (401)</source>
        <translation>rechazado (401)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>milliseconds since polling started</source>
        <translation>milisegundos desde el inicio del sondeo</translation>
    </message>
    <message>
        <source>method</source>
        <translation>método</translation>
    </message>
</context>
<context>
    <name>authscope::RevokeDialog</name>
    <message>
        <source>Revoke sessions</source>
        <translation>Revocar sesiones</translation>
    </message>
    <message>
        <source>Suspicious activity</source>
        <translation>Actividad sospechosa</translation>
    </message>
    <message>
        <source>Device reported lost or stolen</source>
        <translation>Dispositivo notificado como perdido o robado</translation>
    </message>
    <message>
        <source>User request</source>
        <translation>Solicitud del usuario</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Restablecimiento de contraseña</translation>
    </message>
    <message>
        <source>Account offboarding</source>
        <translation>Baja de la cuenta</translation>
    </message>
    <message>
        <source>Security policy change</source>
        <translation>Cambio de política de seguridad</translation>
    </message>
    <message>
        <source>Why? (kept with the session and in the audit log)</source>
        <translation>¿Por qué? (se guarda con la sesión y en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
</context>
<context>
    <name>authscope::RotationPolicyDialog</name>
    <message>
        <source>Rotation policy — %1</source>
        <translation>Política de rotación — %1</translation>
    </message>
    <message>
        <source>by hand only</source>
        <translation>solo manual</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Publish the next key right after each rotation</source>
        <translation>Publicar la clave siguiente justo después de cada rotación</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Rotate every:</source>
        <translation>&amp;Rotar cada:</translation>
    </message>
    <message>
        <source>Longest &amp;token lifetime:</source>
        <translation>Vida máxima del &amp;token:</translation>
    </message>
    <message>
        <source>&amp;Leeway (clock skew):</source>
        <translation>&amp;Margen (desfase de reloj):</translation>
    </message>
    <message>
        <source>JWKS &amp;cache time:</source>
        <translation>Tiempo de &amp;caché del JWKS:</translation>
    </message>
    <message>
        <source>New keys use:</source>
        <translation>Las claves nuevas usan:</translation>
    </message>
    <message>
        <source>A rotated-out key keeps verifying for the token lifetime plus the leeway, then retires. A scheduled rotation waits until the next key has been published for the JWKS cache time, so that no relying party meets an unknown key.</source>
        <translation>Una clave retirada por rotación sigue verificando durante la vida del token más el margen y después se retira. Una rotación programada espera a que la clave siguiente lleve publicada el tiempo de caché del JWKS, para que ninguna parte que confía encuentre una clave desconocida.</translation>
    </message>
</context>
<context>
    <name>authscope::RotationTimeline</name>
    <message>
        <source>Rotation timeline</source>
        <translation>Cronología de rotación</translation>
    </message>
    <message>
        <source>next (published)</source>
        <translation>siguiente (publicada)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>retiring (grace %1)</source>
        <translation>en retirada (gracia %1)</translation>
    </message>
    <message>
        <source>grace after next rotation</source>
        <translation>gracia tras rotación</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>next rotation</source>
        <translation>próxima rotación</translation>
    </message>
    <message>
        <source>No keys yet: generate or import one</source>
        <translation>Aún no hay claves: genere o importe una</translation>
    </message>
</context>
<context>
    <name>authscope::ScaleView</name>
    <message>
        <source>Scale: validations per second by table size</source>
        <translation>Escala: validaciones por segundo según el tamaño de la tabla</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Rows in the scratch session table</source>
        <translation>Filas de la tabla de sesiones desechable</translation>
    </message>
    <message>
        <source>Validate/s (cache)</source>
        <translation>Valid./s (caché)</translation>
    </message>
    <message>
        <source>Session validation with the cache warm</source>
        <translation>Validación de sesión con la caché caliente</translation>
    </message>
    <message>
        <source>Validate/s (no cache)</source>
        <translation>Valid./s (sin caché)</translation>
    </message>
    <message>
        <source>Session validation reading SQLite every time</source>
        <translation>Validación de sesión que lee SQLite cada vez</translation>
    </message>
    <message>
        <source>Raw lookup/s</source>
        <translation>Búsquedas en bruto/s</translation>
    </message>
    <message>
        <source>Baseline: a bare SQLite primary-key lookup in the same table</source>
        <translation>Referencia: una búsqueda simple por clave primaria de SQLite en la misma tabla</translation>
    </message>
    <message>
        <source>No cache ÷ raw</source>
        <translation>Sin caché ÷ bruto</translation>
    </message>
    <message>
        <source>HS256 verify/s</source>
        <translation>Verif. HS256/s</translation>
    </message>
    <message>
        <source>ES256 verify/s</source>
        <translation>Verif. ES256/s</translation>
    </message>
    <message>
        <source>ES256 ÷ raw OpenSSL</source>
        <translation>ES256 ÷ OpenSSL en bruto</translation>
    </message>
    <message>
        <source>JWT validation relative to a bare OpenSSL signature check</source>
        <translation>Validación de JWT respecto a una simple comprobación de firma de OpenSSL</translation>
    </message>
    <message>
        <source>Seeding (ms)</source>
        <translation>Llenado (ms)</translation>
    </message>
    <message>
        <source>How long filling the table took</source>
        <translation>Cuánto tardó el llenado de la tabla</translation>
    </message>
    <message>
        <source>No scale run yet</source>
        <translation>Aún no hay ninguna ejecución de escala</translation>
    </message>
    <message>
        <source>raw SQLite lookup (baseline)</source>
        <translation>búsqueda SQLite en bruto (referencia)</translation>
    </message>
    <message>
        <source>session rows (log scale)</source>
        <translation>filas de sesiones (escala log.)</translation>
    </message>
    <message>
        <source>checks per second (log)</source>
        <translation>comprobaciones por segundo (log.)</translation>
    </message>
</context>
<context>
    <name>authscope::ServerPage</name>
    <message>
        <source>127.0.0.1 — this machine only (IPv4)</source>
        <translation>127.0.0.1 — solo este equipo (IPv4)</translation>
    </message>
    <message>
        <source>::1 — this machine only (IPv6)</source>
        <translation>::1 — solo este equipo (IPv6)</translation>
    </message>
    <message>
        <source>0.0.0.0 — every network interface</source>
        <translation>0.0.0.0 — todas las interfaces de red</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long an access token the server issues stays valid</source>
        <translation>Cuánto tiempo sigue siendo válido un token de acceso emitido por el servidor</translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation>Vida del token de acceso</translation>
    </message>
    <message>
        <source>Check the JWT &amp;deny-list</source>
        <translation>Comprobar la lista de dene&amp;gación JWT</translation>
    </message>
    <message>
        <source>On: a logged-out or revoked JWT fails at once. Off: it stays valid until it expires, as with a stateless JWT.</source>
        <translation>Activado: un JWT cerrado o revocado falla de inmediato. Desactivado: sigue siendo válido hasta que caduca, como un JWT sin estado.</translation>
    </message>
    <message>
        <source>With TLS the session cookie gets Secure and the __Host- prefix. Clients must accept the self-signed certificate (curl -k); its SHA-256 fingerprint is shown once it runs.</source>
        <translation>Con TLS, la cookie de sesión recibe Secure y el prefijo __Host-. Los clientes deben aceptar el certificado autofirmado (curl -k); su huella SHA-256 se muestra en cuanto se ejecuta.</translation>
    </message>
    <message>
        <source>e.g. http://localhost:3000 (empty: no cross-origin calls)</source>
        <translation>p. ej., http://localhost:3000 (vacío: sin CORS)</translation>
    </message>
    <message>
        <source>Allowed cross-origin origin</source>
        <translation>Origen cruzado permitido</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>Vida del to&amp;ken:</translation>
    </message>
    <message>
        <source>&amp;CORS origin:</source>
        <translation>Origen &amp;CORS:</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copiar UR&amp;L</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Registro de peticiones</translation>
    </message>
    <message>
        <source>curl commands</source>
        <translation>Comandos curl</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copiado</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>No se está ejecutando: %1</translation>
    </message>
    <message>
        <source>Test server listening on %1</source>
        <translation>Servidor de prueba escuchando en %1</translation>
    </message>
    <message>
        <source>Test server stopped</source>
        <translation>Servidor de prueba detenido</translation>
    </message>
    <message>
        <source>No signing keys yet: JWT logins are off until you generate one on the Keys page.</source>
        <translation>Aún no hay claves de firma: los inicios de sesión con JWT están desactivados hasta que genere una en la página Claves.</translation>
    </message>
    <message>
        <source>Key store locked: the server answers cookie logins, but cannot sign JWTs.</source>
        <translation>Almacén de claves bloqueado: el servidor responde a inicios de sesión con cookie, pero no puede firmar JWT.</translation>
    </message>
    <message>
        <source>&amp;Stop server</source>
        <translation>Detener serv&amp;idor</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>&amp;Iniciar servidor</translation>
    </message>
    <message>
        <source>Stop the test server (Ctrl+R)</source>
        <translation>Detener el servidor de prueba (Ctrl+R)</translation>
    </message>
    <message>
        <source>Start the test server (Ctrl+R)</source>
        <translation>Iniciar el servidor de prueba (Ctrl+R)</translation>
    </message>
    <message>
        <source>Listening on &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Escuchando en &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Certificado SHA-256: %1</translation>
    </message>
    <message>
        <source>Not running:</source>
        <translation>No se está ejecutando:</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source># Start the server to get commands with its real address.</source>
        <translation># Inicie el servidor para obtener los comandos con su dirección real.</translation>
    </message>
    <message>
        <source>HTTPS with a self-signed certificate: session cookies are Secure and use the __Host- prefix.</source>
        <translation>HTTPS con un certificado autofirmado: las cookies de sesión son Secure y usan el prefijo __Host-.</translation>
    </message>
    <message>
        <source>Plain HTTP: browsers and Qt do not send cookies marked Secure to http://127.0.0.1, so session cookies here are issued without Secure. Tick HTTPS to test Secure cookies. Never put this server on a network.</source>
        <translation>HTTP simple: los navegadores y Qt no envían cookies marcadas como Secure a http://127.0.0.1, así que aquí las cookies de sesión se emiten sin Secure. Marque HTTPS para probar cookies Secure. Nunca ponga este servidor en una red.</translation>
    </message>
    <message>
        <source>⚠ Every network interface: other machines can reach this test server. </source>
        <translation>⚠ Todas las interfaces de red: otros equipos pueden llegar a este servidor de prueba. </translation>
    </message>
    <message>
        <source>%1 requests · %2 errors · %3 req/s</source>
        <translation>%1 peticiones · %2 errores · %3 pet/s</translation>
    </message>
    <message>
        <source>Test server</source>
        <translation>Servidor de prueba</translation>
    </message>
    <message>
        <source>Serve HTTPS (self-signed certificate made at start)</source>
        <translation>Servir HTTPS (certificado autofirmado creado al iniciar)</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>Pau&amp;sar</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Borra&amp;r</translation>
    </message>
    <message>
        <source>C&amp;opy all</source>
        <translation>Copiar &amp;todo</translation>
    </message>
    <message>
        <source>Re&amp;quest log</source>
        <translation>Registr&amp;o de peticiones</translation>
    </message>
    <message>
        <source>curl co&amp;mmands</source>
        <translation>Coma&amp;ndos curl</translation>
    </message>
    <message>
        <source>Revocatio&amp;n race</source>
        <translation>Carr&amp;era de revocación</translation>
    </message>
    <message>
        <source>Bac&amp;k-channel logout</source>
        <translation>Logout back-c&amp;hannel</translation>
    </message>
</context>
<context>
    <name>authscope::SessionDetailsPane</name>
    <message>
        <source>Select a session to see its record, its JWTs and its audit trail.</source>
        <translation>Seleccione una sesión para ver su registro, sus JWT y su rastro de auditoría.</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Última actividad:</translation>
    </message>
    <message>
        <source>Idle expiry:</source>
        <translation>Caducidad por inactividad:</translation>
    </message>
    <message>
        <source>Absolute expiry:</source>
        <translation>Caducidad absoluta:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>Dirección IP:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Revoked:</source>
        <translation>Revocada:</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>JWT ID (jti)</source>
        <translation>ID del JWT (jti)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>JWTs</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Rastro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions selected. Revoke them with the Revoke button or the Delete key.</source>
        <translation>
            <numerusform>%Ln sesión seleccionada. Revóquela con el botón Revocar o la tecla Supr.</numerusform>
            <numerusform>%Ln sesiones seleccionadas. Revóquelas con el botón Revocar o la tecla Supr.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (ID de usuario %2)</translation>
    </message>
    <message>
        <source>%1 (idle timeout %2)</source>
        <translation>%1 (tiempo de inactividad %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(no se envió ninguno)</translation>
    </message>
    <message>
        <source>JWT (bearer token with the session&apos;s sid)</source>
        <translation>JWT (token bearer con el sid de la sesión)</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>%1 by %2 — %3</source>
        <translation>%1 por %2 — %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>JWTs (error)</source>
        <translation>JWT (error)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>live</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>JWTs (%1)</source>
        <translation>JWT (%1)</translation>
    </message>
    <message>
        <source>Audit trail (error)</source>
        <translation>Rastro de auditoría (error)</translation>
    </message>
    <message>
        <source>Audit trail (%1)</source>
        <translation>Rastro de auditoría (%1)</translation>
    </message>
    <message>
        <source>JWTs issued for this session</source>
        <translation>JWT emitidos para esta sesión</translation>
    </message>
    <message>
        <source>Audit trail of this session</source>
        <translation>Rastro de auditoría de esta sesión</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Revoke this session, with a reason</source>
        <translation>Revocar esta sesión, con un motivo</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Prorrogar</translation>
    </message>
    <message>
        <source>Push this session&apos;s idle and absolute expiry further</source>
        <translation>Aplazar la caducidad por inactividad y la absoluta de esta sesión</translation>
    </message>
    <message>
        <source>By one hour</source>
        <translation>Una hora</translation>
    </message>
    <message>
        <source>By one day</source>
        <translation>Un día</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
</context>
<context>
    <name>authscope::SessionTableModel</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>en %Ln s</numerusform>
            <numerusform>en %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln s ago</source>
        <translation>
            <numerusform>hace %Ln s</numerusform>
            <numerusform>hace %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>en %Ln min</numerusform>
            <numerusform>en %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>hace %Ln min</numerusform>
            <numerusform>hace %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln h</source>
        <translation>
            <numerusform>en %Ln h</numerusform>
            <numerusform>en %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>hace %Ln h</numerusform>
            <numerusform>hace %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>en %Ln día</numerusform>
            <numerusform>en %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revocada %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>terminada %1</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Revoked %1 by %2: %3</source>
        <translation>Revocada el %1 por %2: %3</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo indicado)</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminada el %1</translation>
    </message>
    <message>
        <source>Active until %1 at the latest</source>
        <translation>Activa hasta el %1 como máximo</translation>
    </message>
    <message>
        <source>Idle expiry: %1
Absolute expiry: %2</source>
        <translation>Caducidad por inactividad: %1
Caducidad absoluta: %2</translation>
    </message>
    <message>
        <source>JWTs issued for the session that have neither expired nor been revoked</source>
        <translation>JWT emitidos para la sesión que no han caducado ni se han revocado</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Live JWTs</source>
        <translation>JWT vigentes</translation>
    </message>
</context>
<context>
    <name>authscope::SessionsPage</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Revoked today</source>
        <translation>Revocadas hoy</translation>
    </message>
    <message>
        <source>Expiring within an hour</source>
        <translation>Caducan en &lt; 1 h</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>Au&amp;toactualizar</translation>
    </message>
    <message>
        <source>Re-read the sessions every few seconds, keeping the selection</source>
        <translation>Volver a leer las sesiones cada pocos segundos, manteniendo la selección</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Re-read the sessions now (F5)</source>
        <translation>Volver a leer las sesiones ahora (F5)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Revoke the selected active sessions (Delete)</source>
        <translation>Revocar las sesiones activas seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Search: user name, IP or CIDR, ua:firefox, user:alice …</source>
        <translation>Buscar: nombre de usuario, IP o CIDR, ua:firefox, user:alice…</translation>
    </message>
    <message>
        <source>A bare word is the start of a user name, or an IP address, CIDR block (10.0.0.0/8) or prefix (10.2.). Fields: user:NAME ip:ADDRESS ua:TEXT state:active|expired|revoked method:cookie|jwt. Ctrl+F to get here.</source>
        <translation>Una palabra sola es el inicio de un nombre de usuario, o una dirección IP, un bloque CIDR (10.0.0.0/8) o un prefijo (10.2.). Campos: user:NOMBRE ip:DIRECCIÓN ua:TEXTO state:active|expired|revoked method:cookie|jwt. Ctrl+F para llegar aquí.</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>Show active sessions</source>
        <translation>Mostrar las sesiones activas</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Show expired sessions</source>
        <translation>Mostrar las sesiones caducadas</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Show revoked sessions</source>
        <translation>Mostrar las sesiones revocadas</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Show cookie sessions</source>
        <translation>Mostrar las sesiones con cookie</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Show JWT sessions</source>
        <translation>Mostrar las sesiones JWT</translation>
    </message>
    <message>
        <source>Started within</source>
        <translation>Iniciadas en</translation>
    </message>
    <message>
        <source>Started any time</source>
        <translation>Inicio: cualquiera</translation>
    </message>
    <message>
        <source>Started in the last hour</source>
        <translation>Inicio: última hora</translation>
    </message>
    <message>
        <source>Started in the last 24 hours</source>
        <translation>Inicio: últimas 24 h</translation>
    </message>
    <message>
        <source>Started in the last 7 days</source>
        <translation>Inicio: últimos 7 días</translation>
    </message>
    <message>
        <source>Started in the last 30 days</source>
        <translation>Inicio: últimos 30 días</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Cannot read the sessions: %1</source>
        <translation>No se pueden leer las sesiones: %1</translation>
    </message>
    <message>
        <source>Cannot count the sessions: %1</source>
        <translation>No se pueden contar las sesiones: %1</translation>
    </message>
    <message>
        <source>More than %1 sessions match; %2 loaded (scroll for more).</source>
        <translation>Coinciden más de %1 sesiones; %2 cargadas (desplácese para ver más).</translation>
    </message>
    <message>
        <source>Select one or more active sessions to revoke.</source>
        <translation>Seleccione una o varias sesiones activas para revocarlas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln other user(s)</source>
        <translation>
            <numerusform>%1 y %Ln usuario más</numerusform>
            <numerusform>%1 y %Ln usuarios más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %Ln session(s) of %1?</source>
        <translation>
            <numerusform>¿Revocar %Ln sesión de %1?</numerusform>
            <numerusform>¿Revocar %Ln sesiones de %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is refused on its very next request, in every process that uses this database, and the JWTs issued for it are deny-listed until they expire.</source>
        <translation>Cada una se rechaza en su siguiente petición, en todos los procesos que usan esta base de datos, y los JWT emitidos para ella quedan en la lista de denegación hasta que caduquen.</translation>
    </message>
    <message>
        <source>Revocation failed</source>
        <translation>Error en la revocación</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln session(s).</source>
        <translation>
            <numerusform>%Ln sesión revocada.</numerusform>
            <numerusform>%Ln sesiones revocadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke every session of %1?</source>
        <translation>¿Revocar todas las sesiones de %1?</translation>
    </message>
    <message>
        <source>All of %1&apos;s active sessions end at once, every JWT issued to them until now is refused, and they have to log in again.</source>
        <translation>Todas las sesiones activas de %1 terminan de inmediato, se rechaza todo JWT emitido para ellas hasta ahora y habrá que volver a iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln session(s) of %1.</source>
        <translation>
            <numerusform>%Ln sesión de %1 revocada.</numerusform>
            <numerusform>%Ln sesiones de %1 revocadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extended %Ln session(s).</source>
        <translation>
            <numerusform>%Ln sesión prorrogada.</numerusform>
            <numerusform>%Ln sesiones prorrogadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all sessions of %1…</source>
        <translation>Revocar todas las sesiones de %1…</translation>
    </message>
    <message>
        <source>Extend by one hour</source>
        <translation>Prorrogar una hora</translation>
    </message>
    <message>
        <source>Extend by one day</source>
        <translation>Prorrogar un día</translation>
    </message>
    <message>
        <source>Show only sessions of %1</source>
        <translation>Mostrar solo las sesiones de %1</translation>
    </message>
    <message>
        <source>Show only sessions from %1</source>
        <translation>Mostrar solo las sesiones desde %1</translation>
    </message>
    <message>
        <source>Copy session ID %1</source>
        <translation>Copiar el ID de sesión %1</translation>
    </message>
    <message>
        <source>Delete revokes the selected sessions, after a confirmation</source>
        <translation>Supr revoca las sesiones seleccionadas, tras una confirmación</translation>
    </message>
    <message>
        <source>Count &amp;exactly</source>
        <translation>Contar con e&amp;xactitud</translation>
    </message>
    <message>
        <source>Count every matching session, however many there are</source>
        <translation>Contar todas las sesiones que coinciden, sean cuantas sean</translation>
    </message>
    <message>
        <source>✘ The search cannot be read: %1</source>
        <translation>✘ No se puede leer la búsqueda: %1</translation>
    </message>
    <message>
        <source>No results: correct the search above.</source>
        <translation>Sin resultados: corrija la búsqueda de arriba.</translation>
    </message>
    <message>
        <source>%1 session(s) match; %2 loaded.</source>
        <translation>%1 sesión(es) coinciden; %2 cargadas.</translation>
    </message>
</context>
<context>
    <name>authscope::StolenView</name>
    <message>
        <source>Stolen credential: how long each copy worked after the logout</source>
        <translation>Credencial robada: cuánto tiempo funcionó cada copia después del cierre de sesión</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>aún no probado</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>✔ accepted</source>
        <translation>✔ aceptada</translation>
    </message>
    <message>
        <source>✘ refused: %1</source>
        <translation>✘ rechazada: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ still accepted after %1 s (%Ln replays)</source>
        <translation>
            <numerusform>✔ aún aceptada tras %1 s (%Ln reenvío)</numerusform>
            <numerusform>✔ aún aceptada tras %1 s (%Ln reenvíos)</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ refused at once: %1</source>
        <translation>✘ rechazada al instante: %1</translation>
    </message>
    <message>
        <source>✔ accepted for %1 ms, then ✘ refused: %2</source>
        <translation>✔ aceptada durante %1 ms, luego ✘ rechazada: %2</translation>
    </message>
    <message>
        <source>Stolen credential</source>
        <translation>Credencial robada</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Comprobado por</translation>
    </message>
    <message>
        <source>The server the thief sent the copy to</source>
        <translation>El servidor al que el ladrón envió la copia</translation>
    </message>
    <message>
        <source>Copy replayed</source>
        <translation>Copia reenviada</translation>
    </message>
    <message>
        <source>Replayed by another client while the victim was still signed in</source>
        <translation>Reenviada por otro cliente mientras la víctima seguía con la sesión iniciada</translation>
    </message>
    <message>
        <source>After logout</source>
        <translation>Tras el cierre de sesión</translation>
    </message>
    <message>
        <source>After the victim&apos;s logout; the provider tells nobody else of it</source>
        <translation>Tras el cierre de sesión de la víctima; el proveedor no avisa a nadie más</translation>
    </message>
    <message>
        <source>After logout, back-channel</source>
        <translation>Tras el cierre de sesión, back-channel</translation>
    </message>
    <message>
        <source>After the victim&apos;s logout, with back-channel logout: the provider sends the relying party a signed logout notice (OpenID Connect Back-Channel Logout)</source>
        <translation>Tras el cierre de sesión de la víctima, con logout back-channel: el proveedor envía a la parte que confía un aviso de cierre de sesión firmado (OpenID Connect Back-Channel Logout)</translation>
    </message>
    <message>
        <source>an API</source>
        <translation>una API</translation>
    </message>
    <message>
        <source>the relying party</source>
        <translation>la parte que confía</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>el proveedor</translation>
    </message>
    <message>
        <source>No stolen-credential run yet</source>
        <translation>Aún no hay ninguna ejecución de credencial robada</translation>
    </message>
    <message>
        <source>after logout</source>
        <translation>tras el cierre de sesión</translation>
    </message>
    <message>
        <source>after logout, back-channel logout</source>
        <translation>tras el cierre de sesión, logout back-channel</translation>
    </message>
    <message>
        <source>ms still accepted after the logout (full width: to the end)</source>
        <translation>ms aceptada tras cerrar sesión (ancho total: hasta el final)</translation>
    </message>
</context>
<context>
    <name>authscope::TokenEditor</name>
    <message>
        <source>Paste a token here (JWT, JWS or JWE in compact form), or drop a token file or a key file. It is decoded as you type; nothing is sent anywhere.</source>
        <translation>Pegue aquí un token (JWT, JWS o JWE en forma compacta), o suelte un archivo de token o de clave. Se decodifica mientras escribe; no se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation>Token codificado</translation>
    </message>
</context>
<context>
    <name>authscope::TokenHistoryModel</name>
    <message>
        <source>%1 (JWE)</source>
        <translation>%1 (JWE)</translation>
    </message>
    <message>
        <source>never (no exp)</source>
        <translation>nunca (sin exp)</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>Visto por primera vez el %1, por última vez el %2</translation>
    </message>
    <message>
        <source>Your note for this token; double-click or F2 to edit</source>
        <translation>Su nota para este token; doble clic o F2 para editarla</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>alg</source>
        <translation>alg</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>kid</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>🔑 %1</source>
        <translation>🔑 %1</translation>
    </message>
    <message>
        <source>The usable token is kept (until it expires); open to inspect</source>
        <translation>Se conserva el token utilizable (hasta que caduque); ábralo para inspeccionarlo</translation>
    </message>
    <message>
        <source>Claims only, without the signature; open to inspect</source>
        <translation>Solo los claims, sin la firma; ábralo para inspeccionarlo</translation>
    </message>
</context>
<context>
    <name>authscope::TokenTabs</name>
    <message>
        <source>&amp;Decoded</source>
        <translation>&amp;Decodificado</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>Claim&amp;s</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>V&amp;erificar</translation>
    </message>
    <message>
        <source>DPoP</source>
        <translation>DPoP</translation>
    </message>
    <message>
        <source>De&amp;crypt</source>
        <translation>Des&amp;cifrar</translation>
    </message>
    <message>
        <source>&amp;Edit &amp;&amp; re-sign</source>
        <translation>Editar &amp;y firmar</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Check a DPoP proof (RFC 9449) against a request and this token</source>
        <translation>Comprobar una prueba DPoP (RFC 9449) contra una petición y este token</translation>
    </message>
    <message>
        <source>Decrypt an encrypted token (JWE) with its key</source>
        <translation>Descifrar un token cifrado (JWE) con su clave</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 copiado al portapapeles</translation>
    </message>
    <message>
        <source>the audit log could not record the signing (%1)</source>
        <translation>el registro de auditoría no pudo anotar la firma (%1)</translation>
    </message>
    <message>
        <source>New token signed with %1</source>
        <translation>Token nuevo firmado con %1</translation>
    </message>
    <message>
        <source>C&amp;laims (%1)</source>
        <translation>Claim&amp;s (%1)</translation>
    </message>
    <message>
        <source>Signature not verified yet: choose a key on the Verify tab.</source>
        <translation>Firma aún sin verificar: elija una clave en la pestaña Verificar.</translation>
    </message>
</context>
<context>
    <name>authscope::TokensPage</name>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Abr&amp;ir…</translation>
    </message>
    <message>
        <source>Read a token or a key file (a key goes to Verify)</source>
        <translation>Leer un token o un archivo de clave (una clave va a Verificar)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Replace the token with the clipboard&apos;s text</source>
        <translation>Sustituir el token por el texto del portapapeles</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Borra&amp;r</translation>
    </message>
    <message>
        <source>Expiry countdown</source>
        <translation>Cuenta atrás hasta la caducidad</translation>
    </message>
    <message>
        <source>He&amp;ader</source>
        <translation>Ca&amp;becera</translation>
    </message>
    <message>
        <source>Pa&amp;yload</source>
        <translation>Carga úti&amp;l</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Whole token</source>
        <translation>Token completo</translation>
    </message>
    <message>
        <source>Copy this part to the clipboard as it appears in the token (base64url)</source>
        <translation>Copiar esta parte al portapapeles tal como aparece en el token (base64url)</translation>
    </message>
    <message>
        <source>Copy the whole token to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar el token completo al portapapeles (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Copiar:</translation>
    </message>
    <message>
        <source>Warnings (RFC 8725, before verifying)</source>
        <translation>Advertencias (RFC 8725, antes de verificar)</translation>
    </message>
    <message numerus="yes">
        <source>Not pasted: the clipboard holds %Ln character(s), far more than any token (at most 16 KiB).</source>
        <translation>
            <numerusform>No pegado: el portapapeles contiene %Ln carácter, mucho más que cualquier token (16 KiB como máximo).</numerusform>
            <numerusform>No pegado: el portapapeles contiene %Ln caracteres, mucho más que cualquier token (16 KiB como máximo).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 copiado al portapapeles</translation>
    </message>
    <message>
        <source>(a &quot;Bearer&quot; prefix, quotes or line breaks around and inside it were ignored)</source>
        <translation>(se ignoraron un prefijo &quot;Bearer&quot;, comillas o saltos de línea alrededor y dentro del token)</translation>
    </message>
    <message>
        <source>No token yet. Paste one above (Ctrl+V), drop a file, or pick one from the History tab.</source>
        <translation>Aún no hay token. Pegue uno arriba (Ctrl+V), suelte un archivo o elija uno en la pestaña Historial.</translation>
    </message>
    <message>
        <source>✘ This is %1 bytes; tokens are read up to %2 KiB (%3 bytes). Larger input is refused before any decoding: no real access token is this big. (%4)</source>
        <translation>✘ Son %1 bytes; los tokens se leen hasta %2 KiB (%3 bytes). Una entrada mayor se rechaza antes de decodificar nada: ningún token de acceso real es tan grande. (%4)</translation>
    </message>
    <message>
        <source>✘ Cannot decode: %1 (%2)</source>
        <translation>✘ No se puede decodificar: %1 (%2)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Advertencias (%1)</translation>
    </message>
    <message>
        <source>JWE (encrypted)</source>
        <translation>JWE (cifrado)</translation>
    </message>
    <message>
        <source>alg %1, enc %2</source>
        <translation>alg %1, enc %2</translation>
    </message>
    <message>
        <source>JWT (signed)</source>
        <translation>JWT (firmado)</translation>
    </message>
    <message>
        <source>JWS (signed)</source>
        <translation>JWS (firmado)</translation>
    </message>
    <message>
        <source>no alg</source>
        <translation>sin alg</translation>
    </message>
    <message>
        <source>kid &apos;%1&apos;</source>
        <translation>kid «%1»</translation>
    </message>
    <message>
        <source>typ %1</source>
        <translation>typ %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiry: the token never expires (exp missing)</source>
        <translation>Sin caducidad: el token no caduca nunca (falta exp)</translation>
    </message>
    <message>
        <source>Header part</source>
        <translation>Parte de cabecera</translation>
    </message>
    <message>
        <source>Payload part</source>
        <translation>Parte de carga útil</translation>
    </message>
    <message>
        <source>Signature part</source>
        <translation>Parte de firma</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to hold a token or a key (%2 bytes)</source>
        <translation>%1 es demasiado grande para contener un token o una clave (%2 bytes)</translation>
    </message>
    <message>
        <source>Key file %1 loaded for verification</source>
        <translation>Archivo de clave %1 cargado para la verificación</translation>
    </message>
    <message>
        <source>%1 loaded as a raw HMAC secret for verification</source>
        <translation>%1 cargado como secreto HMAC en bruto para la verificación</translation>
    </message>
    <message>
        <source>Token read from %1</source>
        <translation>Token leído de %1</translation>
    </message>
    <message>
        <source>Open a token or key file</source>
        <translation>Abrir un archivo de token o de clave</translation>
    </message>
    <message>
        <source>Tokens and keys (*.jwt *.jws *.jwe *.txt *.token *.pem *.jwk *.json *.jwks *.crt);;All files (*)</source>
        <translation>Tokens y claves (*.jwt *.jws *.jwe *.txt *.token *.pem *.jwk *.json *.jwks *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The clipboard holds far more than a token: not pasted</source>
        <translation>El portapapeles contiene mucho más que un token: no pegado</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Copy the header</source>
        <translation>Copiar la cabecera</translation>
    </message>
    <message>
        <source>Copy the payload</source>
        <translation>Copiar la carga útil</translation>
    </message>
    <message>
        <source>Copy the signature</source>
        <translation>Copiar la firma</translation>
    </message>
    <message>
        <source>Copy the whole token</source>
        <translation>Copiar el token completo</translation>
    </message>
    <message>
        <source>(no signature part: decoded only, it cannot verify)</source>
        <translation>(sin parte de firma: solo decodificado, no se puede verificar)</translation>
    </message>
    <message>
        <source>Key file %1 loaded for decryption</source>
        <translation>Archivo de clave %1 cargado para descifrar</translation>
    </message>
</context>
<context>
    <name>authscope::VerifyKeySource</name>
    <message>
        <source>Verify with</source>
        <translation>Verificar con</translation>
    </message>
    <message>
        <source>A key I give (file, pasted key, secret)</source>
        <translation>Una clave mía (archivo, pegada, secreto)</translation>
    </message>
    <message>
        <source>This database&apos;s keys (JWKS)</source>
        <translation>Las claves de esta base de datos (JWKS)</translation>
    </message>
    <message>
        <source>The issuer&apos;s keys</source>
        <translation>Las claves del emisor</translation>
    </message>
    <message>
        <source>Use the issuer&apos;s keys</source>
        <translation>Usar las claves del emisor</translation>
    </message>
    <message>
        <source>Verify with the keys stored for this saved issuer, and require its iss</source>
        <translation>Verificar con las claves guardadas de este emisor y exigir su iss</translation>
    </message>
    <message>
        <source>Verify with:</source>
        <translation>Verificar con:</translation>
    </message>
    <message>
        <source>this database&apos;s keys</source>
        <translation>las claves de esta base de datos</translation>
    </message>
    <message>
        <source>the keys of issuer %1</source>
        <translation>las claves del emisor %1</translation>
    </message>
    <message>
        <source>the issuer&apos;s keys</source>
        <translation>las claves del emisor</translation>
    </message>
    <message>
        <source>the key you gave</source>
        <translation>la clave indicada</translation>
    </message>
    <message>
        <source>Use the keys of issuer %1</source>
        <translation>Usar las claves del emisor %1</translation>
    </message>
    <message>
        <source>The token&apos;s issuer %1 is not saved. Add it on the Issuers page to verify with its published keys.</source>
        <translation>El emisor %1 del token no está guardado. Añádalo en la página Emisores para verificar con sus claves publicadas.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>This database publishes no keys yet (Keys page).</source>
        <translation>Esta base de datos aún no publica ninguna clave (página Claves).</translation>
    </message>
    <message>
        <source>The token&apos;s iss names no saved issuer with stored keys (Issuers page).</source>
        <translation>El iss del token no nombra ningún emisor guardado con claves almacenadas (página Emisores).</translation>
    </message>
    <message numerus="yes">
        <source>%n published key(s)</source>
        <translation>
            <numerusform>%n clave publicada</numerusform>
            <numerusform>%n claves publicadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer&apos;s keys: %1</source>
        <translation>Las claves del emisor: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s keys (no saved issuer for this iss)</source>
        <translation>Las claves del emisor (ningún emisor guardado para este iss)</translation>
    </message>
</context>
<context>
    <name>authscope::VerifyPanel</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Check the signature and the claims (Ctrl+Return)</source>
        <translation>Comprobar la firma y los claims (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Verify as I type</source>
        <translation>Verificar al escribir</translation>
    </message>
    <message>
        <source>Verify again whenever the token, the key or the policy changes</source>
        <translation>Volver a verificar cada vez que cambie el token, la clave o la política</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Paste a token, then choose a key to verify it.</source>
        <translation>Pegue un token y luego elija una clave para verificarlo.</translation>
    </message>
    <message>
        <source>The token changed: verify again (Ctrl+Return).</source>
        <translation>El token ha cambiado: vuelva a verificar (Ctrl+Intro).</translation>
    </message>
    <message>
        <source>Choose a key to verify the signature: a key file, a pasted PEM, JWK or JWK Set, or an HMAC secret.</source>
        <translation>Elija una clave para verificar la firma: un archivo de clave, un PEM, JWK o JWK Set pegado, o un secreto HMAC.</translation>
    </message>
    <message>
        <source>The key cannot be used: %1</source>
        <translation>La clave no se puede usar: %1</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>la clave</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;</source>
        <translation>la clave «%1»</translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation> (a fecha de %1)</translation>
    </message>
    <message>
        <source>Signature verified with %1 using %2</source>
        <translation>Firma verificada con %1 mediante %2</translation>
    </message>
    <message>
        <source>Not expired: %1 (exp %2)</source>
        <translation>No caducado: %1 (exp %2)</translation>
    </message>
    <message>
        <source>Already valid: nbf %1</source>
        <translation>Ya es válido: nbf %1</translation>
    </message>
    <message>
        <source>Issuer is &apos;%1&apos;, as required</source>
        <translation>El emisor es «%1», como se exige</translation>
    </message>
    <message>
        <source>Audience includes &apos;%1&apos;, as required</source>
        <translation>La audiencia incluye «%1», como se exige</translation>
    </message>
    <message>
        <source>Issuer not checked: set one in the policy to pin who may issue tokens</source>
        <translation>Emisor no comprobado: fije uno en la política para determinar quién puede emitir tokens</translation>
    </message>
    <message>
        <source>Claims not checked: signature only (plain JWS)</source>
        <translation>Claims no comprobados: solo firma (JWS simple)</translation>
    </message>
    <message>
        <source>Token type (typ) not checked</source>
        <translation>Tipo de token (typ) no comprobado</translation>
    </message>
    <message>
        <source>✔ Signature verified with %1 (%2); claims not checked%3</source>
        <translation>✔ Firma verificada con %1 (%2); claims no comprobados%3</translation>
    </message>
    <message>
        <source>✘ Invalid: %1%2</source>
        <translation>✘ No válido: %1%2</translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation>la firma no coincide</translation>
    </message>
    <message>
        <source>unknown kid</source>
        <translation>kid desconocido</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>aún no es válido</translation>
    </message>
    <message>
        <source>issued in the future</source>
        <translation>emitido en el futuro</translation>
    </message>
    <message>
        <source>unsigned (alg: none)</source>
        <translation>sin firmar (alg: none)</translation>
    </message>
    <message>
        <source>algorithm not allowed</source>
        <translation>algoritmo no permitido</translation>
    </message>
    <message>
        <source>unsupported algorithm</source>
        <translation>algoritmo no admitido</translation>
    </message>
    <message>
        <source>wrong key type</source>
        <translation>tipo de clave incorrecto</translation>
    </message>
    <message>
        <source>key too small</source>
        <translation>clave demasiado pequeña</translation>
    </message>
    <message>
        <source>key not usable</source>
        <translation>clave no utilizable</translation>
    </message>
    <message>
        <source>malformed signature</source>
        <translation>firma mal formada</translation>
    </message>
    <message>
        <source>claim missing</source>
        <translation>falta un claim</translation>
    </message>
    <message>
        <source>claim of the wrong type</source>
        <translation>claim de tipo incorrecto</translation>
    </message>
    <message>
        <source>wrong issuer</source>
        <translation>emisor incorrecto</translation>
    </message>
    <message>
        <source>wrong audience</source>
        <translation>audiencia incorrecta</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>tipo incorrecto</translation>
    </message>
    <message>
        <source>critical header not understood</source>
        <translation>cabecera crítica no entendida</translation>
    </message>
    <message>
        <source>unencoded payload</source>
        <translation>carga útil sin codificar</translation>
    </message>
    <message>
        <source>not a JWT</source>
        <translation>no es un JWT</translation>
    </message>
    <message>
        <source>unusable policy</source>
        <translation>política no utilizable</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>duplicate member</source>
        <translation>miembro duplicado</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) ✔</source>
        <translation>
            <numerusform>%n clave ✔</numerusform>
            <numerusform>%n claves ✔</numerusform>
        </translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>aún sin clave</translation>
    </message>
    <message>
        <source>RFC 9068 access token</source>
        <translation>Token de acceso RFC 9068</translation>
    </message>
    <message>
        <source>aud not checked</source>
        <translation>aud no comprobado</translation>
    </message>
    <message>
        <source>aud %1</source>
        <translation>aud %1</translation>
    </message>
    <message>
        <source>iss not checked</source>
        <translation>iss no comprobado</translation>
    </message>
    <message>
        <source>iss %1</source>
        <translation>iss %1</translation>
    </message>
    <message numerus="yes">
        <source>%n algorithm(s) allowed</source>
        <translation>
            <numerusform>%n algoritmo permitido</numerusform>
            <numerusform>%n algoritmos permitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>An encrypted token (JWE) has no signature to verify: decrypt it on the Decrypt tab, then verify the signed token inside here.</source>
        <translation>Un token cifrado (JWE) no tiene firma que verificar: descífrelo en la pestaña Descifrar y luego verifique aquí el token firmado que contiene.</translation>
    </message>
    <message>
        <source>RFC 9068 §4: a resource server must check aud; type the audience it answers to in the policy</source>
        <translation>RFC 9068 §4: un servidor de recursos debe comprobar aud; escriba en la política la audiencia a la que responde</translation>
    </message>
    <message>
        <source>✘ Signature not checked: the token cannot be read</source>
        <translation>✘ Firma no comprobada: el token no se puede leer</translation>
    </message>
    <message>
        <source>✘ Signature: %1</source>
        <translation>✘ Firma: %1</translation>
    </message>
    <message>
        <source>✔ Signature verified: %1, %2 (%3)</source>
        <translation>✔ Firma verificada: %1, %2 (%3)</translation>
    </message>
    <message>
        <source> — not checked: %1</source>
        <translation> — no comprobado: %1</translation>
    </message>
    <message>
        <source>✔ Valid: signature verified with %1 (%2) and every configured check passed%3%4</source>
        <translation>✔ Válido: firma verificada con %1 (%2) y todas las comprobaciones configuradas superadas%3%4</translation>
    </message>
    <message>
        <source>✔ Valid RFC 9068 access token: signature verified with %1 (%2), typ and the required claims present%3%4</source>
        <translation>✔ Token de acceso RFC 9068 válido: firma verificada con %1 (%2), typ y los claims obligatorios presentes%3%4</translation>
    </message>
    <message>
        <source>✘ Invalid as an RFC 9068 access token: %1%2</source>
        <translation>✘ No válido como token de acceso RFC 9068: %1%2</translation>
    </message>
    <message>
        <source>Audience not checked: the token is for &apos;%1&apos;; require it, or type the audience this verifier speaks for</source>
        <translation>Audiencia no comprobada: el token es para «%1»; exíjala o escriba la audiencia en cuyo nombre habla este verificador</translation>
    </message>
    <message>
        <source>Issuer not checked: the token says &apos;%1&apos;</source>
        <translation>Emisor no comprobado: el token dice «%1»</translation>
    </message>
    <message>
        <source>Require the token&apos;s aud</source>
        <translation>Exigir el aud del token</translation>
    </message>
    <message>
        <source>Require the token&apos;s iss</source>
        <translation>Exigir el iss del token</translation>
    </message>
    <message>
        <source>audience &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>audiencia &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>issuer &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>emisor &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>⚠ Not checked, the policy does not name them:</source>
        <translation>⚠ No comprobados, la política no los nombra:</translation>
    </message>
    <message>
        <source>audience not checked</source>
        <translation>audiencia no comprobada</translation>
    </message>
</context>
<context>
    <name>authscope::WarningList</name>
    <message>
        <source>Security warnings</source>
        <translation>Advertencias de seguridad</translation>
    </message>
    <message>
        <source>Unsigned token (alg: none)</source>
        <translation>Token sin firmar (alg: none)</translation>
    </message>
    <message>
        <source>No algorithm</source>
        <translation>Ningún algoritmo</translation>
    </message>
    <message>
        <source>Unknown algorithm</source>
        <translation>Algoritmo desconocido</translation>
    </message>
    <message>
        <source>HMAC with a public key (key confusion)</source>
        <translation>HMAC con una clave pública (confusión de claves)</translation>
    </message>
    <message>
        <source>The token names its own key</source>
        <translation>El token indica su propia clave</translation>
    </message>
    <message>
        <source>Unencoded payload (b64)</source>
        <translation>Carga útil sin codificar (b64)</translation>
    </message>
    <message>
        <source>Not a JWT</source>
        <translation>No es un JWT</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sin caducidad</translation>
    </message>
    <message>
        <source>Long lifetime</source>
        <translation>Vida útil larga</translation>
    </message>
    <message>
        <source>Sensitive data readable by anyone</source>
        <translation>Datos sensibles legibles por cualquiera</translation>
    </message>
    <message>
        <source>Encrypted token (JWE)</source>
        <translation>Token cifrado (JWE)</translation>
    </message>
    <message>
        <source>No RFC 8725 findings: nothing in this token looks unsafe before verification.</source>
        <translation>Ningún hallazgo de RFC 8725: nada en este token parece inseguro antes de verificarlo.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Only its protected header can be read without the key: decrypt it on the Decrypt tab to see the payload.</source>
        <translation>Sin la clave solo se puede leer su cabecera protegida: descífrelo en la pestaña Descifrar para ver la carga útil.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AuthScope cannot open its database</source>
        <translation>AuthScope no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>Contraseña de PostgreSQL</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>No se dio ninguna contraseña para %1.</translation>
    </message>
    <message>
        <source>The profile %1 could not be opened: %2

AuthScope opens the default database instead.</source>
        <translation>No se pudo abrir el perfil %1: %2

AuthScope abre en su lugar la base de datos predeterminada.</translation>
    </message>
</context>
</TS>
