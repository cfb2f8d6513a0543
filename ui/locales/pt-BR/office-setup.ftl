## A retaguarda: a retaguarda em si, gateways, configurações, equipe, catálogo, atualizações e suporte.

## A retaguarda em si: desbloqueio, abas, bloqueio

office-title = Retaguarda
office-tab-takings = Faturamento
office-tab-sales = Vendas
office-tab-shifts = Turnos
office-tab-payouts = Saques
office-tab-catalog = Catálogo
office-tab-setup = Configurações
office-tab-staff = Equipe
office-tab-activity = Atividade
office-lock = Bloquear
office-close = Fechar
office-who = Quem abre
office-pin-label = PIN
office-unlock = Desbloquear
office-pin-short = Seu PIN é mais curto do que o PIN do proprietário precisa ser agora. Escolha um de 6 dígitos ou mais em Configurações → Seu PIN.
# Em uma tabela sem linhas.
office-none = Nenhum

## Catálogo

catalog-items = Produtos
# As duas só diferem em como os preços tratam o imposto.
catalog-help-added = O que o caixa oferece em botões e por código. Os preços estão na moeda da loja, e o imposto é somado no caixa (Configurações → Impostos, gorjetas e descontos). Um produto oculto continua aqui e nas vendas antigas, mas o caixa deixa de oferecê-lo.
catalog-help-included = O que o caixa oferece em botões e por código. Os preços estão na moeda da loja, com o imposto já incluído (Configurações → Impostos, gorjetas e descontos). Um produto oculto continua aqui e nas vendas antigas, mas o caixa deixa de oferecê-lo.
catalog-sku = Código
catalog-name = Nome
catalog-price-field =
    .placeholder = 4,50
catalog-price = Preço
catalog-tax = Imposto %
catalog-category = Categoria
catalog-at-counter = No caixa
catalog-state-offered = oferecido
catalog-state-hidden = oculto
catalog-change = Alterar
catalog-hide = Ocultar
catalog-offer = Oferecer
catalog-remove = Remover
# O mesmo botão, tocado uma vez: um segundo toque remove o produto.
catalog-remove-sure = Remover: certeza?
catalog-removed = { $name } removido.
catalog-offered-again = { $name } voltou a ser oferecido no caixa.
catalog-hidden-now = { $name } foi ocultado do caixa.
catalog-add-title = Adicionar um produto
catalog-change-title = Alterar { $name }
catalog-add = Adicionar produto
catalog-save-changes = Salvar alterações
catalog-cancel = Cancelar
catalog-added = { $name } adicionado.
catalog-changed = { $name } alterado.
catalog-sku-field =
    .placeholder = gerado a partir do nome
catalog-sku-help = O código que o leitor lê, ou um código curto para digitar.
# O comando fica como está: ele é digitado em um terminal.
catalog-import-help = Um catálogo inteiro pode ser importado de um arquivo CSV com { "counterpay catalog import FILE.csv" }.

## Configurações: as configurações da loja

settings-title = Configurações da loja
settings-group-shop = Loja
settings-group-counter = Caixa
settings-group-selling = Impostos, gorjetas e descontos
settings-group-receipt = Recibos
settings-group-backup = Backup diário
settings-group-advanced = Avançado
# $help é a ajuda da própria configuração, como abaixo.
settings-help-pin = { $help } Alterar isto pede o PIN do proprietário.
settings-on = Ligado
settings-off = Desligado
settings-save = Salvar
settings-refused = “{ $value }” não serve para { $name }. { $help }
settings-saved = Salvo.
settings-saved-name = Salvo: { $name }.
# O título da pergunta do PIN; $name é o nome da configuração.
settings-change = Alterar “{ $name }”
# O botão da pasta de backup e o seu campo vazio.
settings-folder-none = Nenhuma
settings-folder-empty = Nenhuma: não é feita cópia diária
# Um número que pode ser uma palavra: a opção de digitar um número.
settings-own-number = Um número fixo de { $unit }
settings-own-percent = Uma porcentagem
# O campo do número, para o leitor de tela: "Prazo para o cliente pagar em minutos".
settings-number-in = { $name } em { $unit }
setting-unit-minutes = minutos
setting-unit-hours = horas
setting-unit-copies = cópias
setting-unit-percent = %

## Configurações: o nome de cada configuração e a ajuda abaixo dele
## (as palavras da ajuda que são valores, como gateway, none ou
## computer, são as que a linha de comando aceita)

setting-shop-name = Nome da loja
    .help = O nome que os clientes veem, com até 60 caracteres.
setting-fiat = Moeda
    .help = Um código de moeda de três letras, como BRL ou USD.
setting-default-asset = Ativo pré-selecionado
    .help = O ativo que já vem selecionado no caixa, como USDTTRC20.
setting-expiry-minutes = Prazo para o cliente pagar
    .help = Minutos que o cliente tem para pagar (5 a 120), ou gateway.
setting-notifications = Notificações
    .help = Mostra uma notificação do sistema quando uma venda é paga, fica incompleta ou expira.
setting-sound = Som
    .help = Toca um som curto quando uma venda é paga ou dá errado.
setting-updates = Procurar atualizações
    .help = Procura atualizações assinadas ao iniciar.
setting-update-endpoint = Endereço de atualização
    .help = Uma URL https de um manifesto de atualização, ou default.
setting-monitor-hours = Acompanhar vendas encerradas
    .help = Horas em que uma cobrança incompleta, expirada ou cancelada continua acompanhada, caso chegue dinheiro atrasado (0 a 720).
setting-owner-idle-minutes = Bloquear a retaguarda após
    .help = Minutos sem nenhum toque até a retaguarda se bloquear sozinha (1 a 60).
setting-counter-idle-minutes = Desconectar o caixa após
    .help = Minutos sem nenhum toque até o caixa desconectar quem está nele (0 para nunca, até 240).
setting-till-name = Nome do caixa
    .help = O nome deste caixa nos relatórios da Matriz, com até 40 caracteres, ou none para usar o ID dele.
setting-backup-dir = Pasta de backup
    .help = Uma pasta (caminho completo) que recebe uma cópia do registro uma vez por dia, ou none.
setting-backup-keep = Cópias mantidas
    .help = Quantas cópias diárias manter (1 a 365).
setting-receipt-address = Endereço
    .help = O endereço da loja, abaixo do nome, nos recibos (uma linha), ou vazio.
setting-receipt-tax-number = CNPJ
    .help = O CNPJ ou número fiscal da loja nos recibos, ou vazio.
setting-receipt-footer = Linha final
    .help = Uma linha no rodapé dos recibos, como a política de trocas, ou vazio.
setting-prices-include-tax = Preços e impostos
    .help = true quando os preços do catálogo já incluem o imposto (comum na UE), false quando o imposto é somado no caixa (comum nos EUA).
setting-tips = Gorjetas
    .help = Oferece gorjeta antes da cobrança: off, counter (o operador pergunta) ou customer (na tela do cliente, sensível ao toque).
setting-tip-presets = Gorjetas oferecidas (%)
    .help = As gorjetas oferecidas, em porcentagem, como 10,15,20.
setting-discount-limit = Desconto sem gerente
    .help = O maior desconto, em porcentagem da venda, que um operador pode dar sem o PIN de um gerente, ou none.
setting-language = Idioma
    .help = O idioma do caixa e da retaguarda: en, es, pt-BR, tr ou vi.
setting-customer-language = Idioma do cliente
    .help = O idioma da tela do cliente (o cliente pode trocá-lo): en, es, pt-BR, tr, vi ou same (o mesmo da equipe).
setting-time-zone = Fuso horário
    .help = O fuso horário do caixa, onde os dias começam e terminam: um nome como America/Sao_Paulo, ou computer para usar o do computador.

## Configurações: as opções das configurações que as oferecem
## (os idiomas aparecem no próprio idioma, iguais em toda parte)

setting-choice-expiry-minutes-gateway = Como o gateway definir
setting-choice-prices-include-tax-false = Preços sem imposto: ele é somado no caixa
setting-choice-prices-include-tax-true = Preços com imposto incluído
setting-choice-tips-off = Sem gorjeta
setting-choice-tips-counter = O operador pergunta no caixa
setting-choice-tips-customer = O cliente escolhe na tela do cliente
setting-choice-customer-language-same = O mesmo da equipe
setting-choice-discount-limit-none = Sem limite

## Gateways

gateways-title = Gateways
gateways-add-title = Adicionar um gateway
gateways-name = Nome
gateways-name-help = Um nome curto à sua escolha, como principal ou reserva.
gateways-kind = Tipo
gateways-auth = Autenticação
gateways-url = URL base
gateways-url-field =
    .placeholder = deixe vazio para usar o endereço do próprio gateway
gateways-url-help = Só para o servidor de teste de um gateway ou para outra região.
gateways-add = Adicionar gateway
gateways-credentials-title = Credenciais
gateways-credentials-gateway = Gateway
gateways-credentials-help = Os segredos ficam no chaveiro do computador, nunca nos arquivos do Counterpay, e não são mostrados de novo.
gateways-save-credentials = Salvar no chaveiro
# Abaixo do nome de um gateway: o tipo, como ele se autentica, onde fica.
gateways-signs-in-with = autentica com { $mode }
gateways-own-address = o endereço do próprio gateway
gateways-default = padrão
gateways-make-default = Tornar padrão
gateways-make-default-pin = Enviar as vendas para { $name }
gateways-enter-credentials = Informar credenciais
gateways-test = Testar conexão
gateways-remove = Remover
gateways-remove-pin = Remover { $name }
# Um segredo e se ele está salvo: "Chave privada: Não salvo".
gateways-mark = { $secret }: { $state }
gateways-now = Agora: { $state }
gateways-state-stored = Salvo
gateways-state-environment = Definido pelo ambiente
gateways-state-missing = Não salvo
gateways-state-unavailable = Sem chaveiro
# $secrets diz o que o gateway pede, como "Client ID e Client secret".
gateways-needs-secrets = Depois de adicioná-lo, informe em Credenciais: { $secrets }.
# Os dois últimos de uma lista: "Client ID e Client secret"; $first pode
# conter mais, separados por vírgulas.
gateways-no-secrets = Não precisa de credenciais.
gateways-add-pin = Adicionar o gateway { $name }
gateways-added = Gateway adicionado. Informe as credenciais abaixo e depois toque em Testar conexão. As vendas continuam indo para o gateway padrão até você tornar este o padrão.
gateways-testing = Testando { $name }…
gateways-passed = { $name }: todas as verificações passaram.
gateways-failed = { $name }: uma verificação falhou.
# Uma verificação de um teste de conexão; $reason são as palavras do próprio app.
gateways-test-ok = OK: { $check }: { $reason }
gateways-test-failed = FALHOU: { $check }: { $reason }
# Por que uma verificação de um teste de conexão passou ou falhou. $why e
# $detail são as palavras do próprio gateway ou do sistema.
gateways-reason-answered = o gateway respondeu.
gateways-reason-accepted = o gateway aceitou as credenciais.
gateways-reason-no-credentials = não há credenciais salvas: informe-as abaixo.
gateways-reason-connect = o gateway não pode ser usado ({ $detail }).
gateways-reason-unreachable = não foi possível acessar o gateway ({ $why }): confira a conexão com a internet e o endereço do gateway.
gateways-reason-refused = o gateway recusou as credenciais ({ $why }): informe-as de novo.
gateways-reason-credentials = não foi possível verificar as credenciais ({ $detail }).
gateways-reason-fiat = o gateway emite cobranças em { $fiat }.
gateways-reason-fiat-open = a documentação do gateway não define nenhum limite para { $fiat }.
gateways-reason-fiat-off = o gateway não emite cobranças em { $fiat }: ative { $fiat } no painel dele, altere a moeda da loja ou escolha outro gateway.
gateways-reason-fiat-unknown = não foi possível verificar { $fiat } ({ $detail }).
gateways-reason-assets = { $count ->
    [one] { $count } ativo oferecido: { $codes }.
   *[other] { $count } ativos oferecidos: { $codes }.
}
gateways-reason-asset-missing = o ativo pré-selecionado do caixa é { $asset }, que o gateway não oferece: ative-o lá ou escolha um destes como ativo pré-selecionado: { $codes }.
gateways-reason-assets-unknown = não foi possível ler a lista de ativos ({ $detail }).
gateways-check-reachable = acessível
gateways-check-credentials = credenciais
gateways-check-fiat = moeda da loja
gateways-check-assets = ativos
gateways-fill-in = Preencha todos os campos: { $field } está vazio.
gateways-store-pin = Salvar as credenciais de { $name }
gateways-stored = { $count ->
    [one] { $count } segredo de { $name } salvo no chaveiro.
   *[other] { $count } segredos de { $name } salvos no chaveiro.
}

## Gateways: cada tipo, suas formas de autenticação e os segredos que pedem

gateways-kind-cryptofuse = Cryptofuse
gateways-kind-cryptopayment = CryptoPayment
gateways-kind-cryptoscan = CryptoScan
gateways-kind-sandbox = Sandbox (sem dinheiro real, para testes)
gateways-auth-cryptofuse-default = Client ID e secret (OAuth)
gateways-auth-cryptofuse-api-key = Chave de API para pagamentos, OAuth para o resto
gateways-auth-cryptoscan-default = Requisições assinadas (chave pública e privada)
gateways-auth-cryptoscan-private-key = Chave privada em um cabeçalho
gateways-auth-cryptopayment-default = Chave e segredo de API
gateways-auth-sandbox-default = Sem autenticação
gateways-secret-client-id = Client ID
gateways-secret-client-secret = Client secret
gateways-secret-api-key = Chave de API
gateways-secret-api-secret = Segredo de API
gateways-secret-public-key = Chave pública
gateways-secret-private-key = Chave privada

## Atualizações

update-title = Atualizações
update-check = Procurar atualizações
update-install = Baixar e instalar
update-off = As atualizações estão desligadas (configuração updates).
update-unchecked = Ainda não verificado.
update-checking = Procurando atualizações…
update-up-to-date = O Counterpay { $version } é a versão mais recente.
# As notas da versão, como chegaram, vêm em seguida.
update-available = O Counterpay { $version } está disponível.
update-downloading-percent = Baixando { $version }: { $percent } %
update-downloading-kib = Baixando { $version }: { $kib } KiB
update-waiting = { $open ->
    [one] A { $version } está pronta; será instalada quando a venda aberta terminar.
   *[other] A { $version } está pronta; será instalada quando as { $open } vendas abertas terminarem.
}
update-installing = Instalando a { $version }; o Counterpay vai reiniciar.
update-failed-check = Não foi possível procurar atualizações ({ $detail }).
update-failed-download = A atualização para { $version } não foi instalada: não foi possível baixá-la ({ $detail }).
update-failed-install = Não foi possível instalar a atualização para { $version } ({ $detail }).
# O botão na barra superior.
update-badge-available = Atualizar para { $version }
update-badge-updating = Atualizando…

## Seu PIN e suporte (na aba Configurações)

settings-pin-title = Seu PIN
settings-pin-current =
    .placeholder = PIN atual
settings-pin-new =
    .placeholder = novo PIN (6 a 12 dígitos)
settings-pin-change = Alterar PIN
settings-pin-changed = PIN alterado.
support-title = Suporte
support-copy = Copiar diagnóstico
support-help = Um relatório em texto simples sobre este caixa (versão, configurações, gateways, registro) para o suporte do Counterpay.
support-report =
    .aria-label = Relatório de diagnóstico
support-collecting = Coletando…
support-copied = Copiado. Não contém segredos: cole-o na sua mensagem ao suporte.
support-select = Selecione o texto abaixo e copie-o.

## Equipe

staff-title = Equipe
staff-col-name = Nome
staff-col-role = Função
staff-remove = Remover
staff-remove-pin = Remover { $name }
staff-add-title = Adicionar alguém
staff-name =
    .placeholder = nome
staff-role =
    .aria-label = Função
staff-role-cashier = Operador: vende
staff-role-manager = Gerente: também faturamento e turnos
staff-pin =
    .placeholder = PIN da pessoa (4 a 12 dígitos)
staff-add = Adicionar
staff-add-pin = Adicionar { $name }
staff-added = { $name } já pode entrar.
