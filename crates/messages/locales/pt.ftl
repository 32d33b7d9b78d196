# Custody's refusals in Portuguese — DRAFT for native review (issue #22). European Portuguese
# (AO 1990 spelling), written by the developers with docs/translations/glossary.pt.md and not
# yet read by a pharmacist whose working language it is: send corrections as changes to this file.
#
# Message ids, $arguments and selector keys (roles such as [qa], operations, statuses, yes/no)
# are not translated: they are the same as in en.ftl, where each message is explained. The
# comment lines above each message document its arguments and stay in English. Plurals use
# Portuguese categories, [one] and *[other]. Fluent chooses them with the rules of "pt", where
# 0 is [one] as in Brazil; a [0] variant before [one] keeps the European "0 dias".
#
# Codes, commands (custody user passwd …), GTINs, serials, lots and location codes are never
# translated. Screens are named as the app names them: Definições, Utilizadores, Leitura,
# Contagens, Retiradas, Stock, Relatórios, Reposição, Validade, Faltas, Início.

## auth: signing in, signatures, passwords, who may do what

# Wrong username or wrong password: one sentence for both, so names cannot be probed.
auth-sign_in_failed = Nome de utilizador ou palavra-passe incorretos.

# $user (text): the username
# $attempts (number): wrong passwords in a row that lock an account
# $minutes (number): minutes until the lock ends
auth-locked = A conta { $user } foi bloqueada após { $attempts } palavras-passe erradas: tente de novo dentro de { $minutes ->
        [0] 0 minutos
        [one] 1 minuto
       *[other] { $minutes } minutos
    }, ou peça a um administrador que a desbloqueie definindo uma nova palavra-passe.

# $user (text): the username
auth-disabled = A conta { $user } está desativada e não pode atuar: peça a um administrador que a volte a ativar.

# $user (text): the username
auth-no_password = { $user } ainda não tem palavra-passe: um administrador define-a em Definições, Utilizadores (ou com custody user passwd { $user }).

# $field (text): the password field
auth-signature_refused = A palavra-passe não corresponde, por isso nada foi assinado: escreva novamente a sua própria palavra-passe.

# $field (text): the password field
# $min (number): the shortest password allowed, in characters
auth-password_too_short = Uma palavra-passe precisa de ter pelo menos { $min } caracteres.

# $field (text): the password field
# $detail (text): what the hashing library said
auth-password_unhashable = Não foi possível guardar esta palavra-passe de forma segura ({ $detail }): escolha outra.

# $field (text): the user field
auth-disable_self = Não pode desativar a sua própria conta: peça a outro administrador.

# $field (text): the user field
# $user (text): the username
auth-last_admin = { $user } é o último administrador ativo e não pode ser desativado: ative ou adicione primeiro outro administrador.

# $user (text): the username
# $role (text): the user's role code (staff, manager, qa, admin)
# $operation (text): the operation's code (see permissions.rs)
auth-forbidden = { $user } { $role ->
        [staff] faz parte da equipa da farmácia
        [manager] é gestor de inventário
        [qa] é responsável da qualidade
        [admin] é administrador
       *[other] tem a função { $role }
    } e não pode { $operation ->
        [view_stock] consultar o stock
        [manage_master_data] alterar produtos, localizações ou fornecedores
        [manage_users] gerir utilizadores
        [receive] rececionar stock
        [dispense] dispensar stock
        [transfer] transferir stock
        [return] registar devoluções ao stock
        [quarantine] colocar stock em quarentena
        [release] libertar stock da quarentena
        [destroy] destruir stock
        [return_to_supplier] devolver stock a um fornecedor
        [count] contar stock
        [apply_count] aplicar ajustes de contagem
        [override] desbloquear uma leitura bloqueada
        [manage_recalls] gerir retiradas
        [verify] verificar o registo
        [load_demo] carregar dados de demonstração
        [sync] enviar o registo para o servidor central
        [enrol_site] inscrever esta unidade no servidor central
        [write_off] declarar uma embalagem roubada ou levada como amostra
       *[other] fazer isto
    }: peça a alguém cuja função o permita.

# $user (text): the username given
auth-user_unknown = Não existe nenhum utilizador ativo { $user }: um administrador adiciona utilizadores em Definições, Utilizadores (ou com custody user add).

## master: the site, locations, suppliers, users and products

# $field (text): the form field
master-text_empty = Preencha { $field ->
        [site_code] o código da unidade
        [site_name] o nome da unidade
        [location_code] o código da localização
        [location_name] o nome da localização
        [partner_code] o código do fornecedor
        [partner_name] o nome do fornecedor
        [name] o nome
        [generic_name] o nome genérico
        [form] a forma farmacêutica
        [strength] a dosagem
        [manufacturer] o fabricante
        [storage] a condição de conservação
        [cip] o código CIP
        [pzn] o PZN
        [ndc] o NDC
        [username] o nome de utilizador
        [reason] o motivo
        [note] a nota
        [title] o título
        [number] o número da retirada
        [instructions] as instruções
        [issuer] o emissor
        [reference] a referência
       *[other] este campo
    }: é um campo obrigatório.

# $field (text): the form field
# $max (number): the most characters allowed
master-text_too_long = { $field ->
        [site_code] O código da unidade
        [site_name] O nome da unidade
        [location_code] O código da localização
        [location_name] O nome da localização
        [partner_code] O código do fornecedor
        [partner_name] O nome do fornecedor
        [name] O nome
        [generic_name] O nome genérico
        [form] A forma farmacêutica
        [strength] A dosagem
        [manufacturer] O fabricante
        [storage] A condição de conservação
        [cip] O código CIP
        [pzn] O PZN
        [ndc] O NDC
        [username] O nome de utilizador
        [reason] O motivo
        [note] A nota
        [title] O título
        [number] O número da retirada
        [instructions] O texto das instruções
        [issuer] O emissor
        [reference] A referência
       *[other] Este campo
    } pode ter no máximo { $max } caracteres.

# $field (text): the form field
master-text_control = { $field ->
        [site_code] O código da unidade
        [site_name] O nome da unidade
        [location_code] O código da localização
        [location_name] O nome da localização
        [partner_code] O código do fornecedor
        [partner_name] O nome do fornecedor
        [name] O nome
        [generic_name] O nome genérico
        [form] A forma farmacêutica
        [strength] A dosagem
        [manufacturer] O fabricante
        [storage] A condição de conservação
        [cip] O código CIP
        [pzn] O PZN
        [ndc] O NDC
        [username] O nome de utilizador
        [reason] O motivo
        [note] A nota
        [title] O título
        [number] O número da retirada
        [instructions] O texto das instruções
        [issuer] O emissor
        [reference] A referência
       *[other] Este campo
    } não pode conter tabulações, quebras de linha nem outros caracteres de controlo.

# $field (text): the form field
# $value (text): what was typed
master-code_characters = { $value } não pode ser usado como código: um código só pode conter letras, algarismos, '-', '_' e '.'.

# $field (text): the GLN field
# $value (text): what was typed
master-gln_invalid = { $value } não é um GLN: um GLN tem 13 algarismos e um dígito de controlo válido.

# $field (text): the field holding the GTIN
# $value (text): what was given
# $detail (text): what the GS1 decoder found
master-gtin_invalid = { $value } não é um GTIN: { $detail }.

# $field (text): the PZN field
# $value (text): what was given
master-pzn_invalid = { $value } não é um PZN: um PZN tem 8 algarismos e um dígito de controlo válido.

# $field (text): the NDC field
# $value (text): what was given
master-ndc_invalid = { $value } não é um NDC escrito com hífenes (4-4-2, 5-3-2, 5-4-1, 5-4-2 ou 6-4-2).

# $field (text): the pack size field
master-pack_size_not_positive = A dimensão da embalagem tem de ser superior a zero.

# $field (text): the contract price field
master-price_negative = O preço contratado não pode ser negativo.

# $field (text): the contract price field
# $max (number): the highest contract price allowed, in whole currency units
master-price_too_high = O preço contratado é superior a { $max } por embalagem: verifique o valor (é expresso na moeda, não em cêntimos).

# $key (text): the site code
master-site_exists = Já existe uma unidade com o código { $key }.

# $key (text): the username
master-user_exists = Já existe um utilizador chamado { $key }: escolha outro nome de utilizador.

# $key (text): the location code
master-location_exists = Já existe uma localização com o código { $key }: escolha outro código.

# $key (text): the partner code
master-partner_exists = Já existe um fornecedor ou parceiro com o código { $key }: escolha outro código.

# $key (text): the GTIN
master-product_exists = Já existe um produto com o GTIN { $key }.

master-system_principal_missing = A conta do sistema não existe nesta base de dados: a base de dados não foi criada pelo Custody. Restaure uma cópia de segurança ou peça apoio técnico.

# $field (text): the user field, when a form named the user
# $user (text): the username given
master-user_unknown = Não existe nenhum utilizador { $user }.

# $setting (text): the key asked for
master-setting_unknown = { $setting } não é uma das definições da unidade.

master-no_site = Esta base de dados ainda não está configurada: configure primeiro a unidade e o seu primeiro administrador.

master-already_set_up = Esta base de dados já está configurada: inicie sessão nela, ou escolha outro ficheiro.

master-demo_needs_empty_database = Os dados de demonstração só podem ser carregados numa base de dados nova e vazia: escolha outro ficheiro de base de dados.

# $location (text): the location code given
master-location_unknown = Não existe nenhuma localização { $location }.

# $partner (text): the partner code given
master-partner_unknown = Não existe nenhum fornecedor ou parceiro { $partner }.

# $gtin (text): the GTIN given
master-product_unknown = Não existe nenhum produto com o GTIN { $gtin }: adicione-o primeiro aos produtos.

# $field (text): the GTIN field
# $gtin (text): the product's GTIN
# $value (text): the GTIN the change asked for
master-product_gtin_fixed = O GTIN de um produto não pode ser alterado: é por ele que o registo identifica { $gtin }. Em vez disso, adicione { $value } como um novo produto.

# $field (text): the tracking field
# $gtin (text): the product's GTIN
# $tracking (text): the product's tracking mode, serial or lot
master-product_tracking_fixed = Já foram registadas embalagens ou lotes de { $gtin }, por isso continua a ser rastreado por { $tracking ->
        [serial] número de série
        [lot] lote
       *[other] { $tracking }
    }.

# $id (number): the product's row id
master-product_id_unknown = Não existe nenhum produto número { $id } nesta base de dados.

# $field (text): the role field
# $user (text): the username
# $role (text): the role asked for (staff, manager, qa)
master-last_admin_role = { $user } é o último administrador ativo e não pode passar a { $role ->
        [staff] membro da equipa da farmácia
        [manager] gestor de inventário
        [qa] responsável da qualidade
       *[other] { $role }
    }: nomeie primeiro outra pessoa como administrador.

## stock: packs and lots on hand

# $gtin (text): the pack's GTIN
# $serial (text): its serial number
stock-pack_unknown = Não foi registada aqui nenhuma embalagem com o GTIN { $gtin } e o número de série { $serial }.

# A pack reported stolen or taken as a sample that is not held here.
# $field (text): the serial field
# $serial (text): the pack's serial number
# $status (text): its status (dispensed, transferred_out, returned_to_supplier, destroyed, missing)
stock-pack_not_held = A embalagem { $serial } não está aqui (está { $status ->
        [dispensed] dispensada
        [transferred_out] transferida para fora da unidade
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [missing] em falta
       *[other] { $status }
    }): só uma embalagem em stock ou em quarentena pode ser declarada roubada ou levada como amostra.

# A pack given or taken as a sample that is not usable.
# $field (text): the reason field
# $serial (text): the pack's serial number
# $reason (text): why it is not usable (quarantined, expired, recalled)
stock-sample_not_usable = A embalagem { $serial } não pode sair como amostra: está { $reason ->
        [quarantined] em quarentena
        [expired] fora de validade
        [recalled] recolhida
       *[other] { $reason }
    }. Só uma embalagem utilizável é entregue como amostra; uma embalagem desaparecida é declarada roubada.

# $gtin (text): the GTIN
# $lot (text): the lot
stock-lot_unknown = Não foi registado aqui nenhum lote { $lot } do GTIN { $gtin }.

## movement: scanning packs in, out and around

# $field (text): the quantity field
movement-quantity_not_positive = A quantidade tem de ser pelo menos 1.

# $field (text): the password field
movement-override_needs_signature = Desbloquear uma leitura bloqueada requer a sua assinatura: introduza novamente a sua palavra-passe.

# $field (text): the reason field
# $movement (text): the movement (quarantine or destroy)
movement-reason_required = Indique o motivo { $movement ->
        [destroy] da destruição do stock
       *[quarantine] da retenção do stock em quarentena
    }.

# $field (text): the password field
# $movement (text): the movement (destroy or release)
movement-signature_required = { $movement ->
        [release] Libertar stock da quarentena
       *[destroy] Destruir stock
    } requer a sua assinatura: introduza novamente a sua palavra-passe.

# $field (text): the destination field
movement-transfer_needs_destination = Uma transferência precisa de uma localização de destino, ou do parceiro para onde o stock sai.

# $field (text): the destination field
movement-transfer_to_same_location = O destino é a localização onde o stock já está: escolha outra localização.

# $field (text): the shipment field
movement-shipment_only_for_receipts = Só as receções são conferidas com uma remessa prevista: não escolha nenhuma remessa, ou faça uma receção.

# $field (text): the anti-tampering device check field
movement-tamper_only_at_dispense = A verificação do dispositivo de prevenção de adulterações só se faz na dispensa: leia de novo sem ela, ou dispense.

# $field (text): the shipment field
# $shipment (number): the shipment's number
movement-shipment_closed = A remessa prevista número { $shipment } está fechada: rececione sem ela, ou escolha outra.

# $field (text): the supplier field
movement-return_needs_supplier = Escolha o fornecedor para onde o stock é devolvido.

# $field (text): the supplier field
movement-receipt_needs_counterparty = Uma receção tem de indicar de onde vêm os produtos: escolha o fornecedor ou a unidade de origem, ou uma remessa prevista que indique o seu fornecedor.

# $detail (text): what the GS1 decoder found
movement-scan_unreadable = Não foi possível descodificar a leitura: { $detail }

## shipment: expected shipments (despatch advice)

# $shipment (number): the shipment's number
shipment-unknown = Não existe nenhuma remessa prevista número { $shipment }.

# $reference (text): the shipment's document number
shipment-closed = A remessa { $reference } já está fechada: não é possível rececionar mais nada ao abrigo dela.

# $field (text): the reference field
shipment-file_without_reference = O ficheiro não indica nenhum número de documento: indique um.

## recall: recalls, their outcomes and closure

# $field (text): the scope field
recall-scope_empty = Uma retirada precisa de pelo menos um GTIN, um GTIN e lote, ou um GTIN e número de série.

# $recall (text): the recall number given
recall-unknown = Não existe nenhuma retirada { $recall }.

# $field (text): the number field
# $recall (text): the recall number
recall-exists = A retirada { $recall } já existe: abra-a, ou dê outro número à nova retirada.

# $field (text): the number field
recall-file_without_number = O ficheiro não indica nenhum número de retirada: indique um.

# $field (text): the reason field
recall-file_without_reason = O ficheiro não indica o motivo da retirada: indique um.

# $field (text): the class field
recall-file_without_class = O ficheiro não indica a classe da retirada: escolha I, II, III ou retirada do mercado.

# $field (text): the number or class field
# $notices (number): notices in the file
# $numbers (text): their numbers
recall-several_notices_one_header = O ficheiro contém { $notices } avisos de retirada ({ $numbers }), cada um importado como uma retirada própria, com o número e a classe que indica: omita o número e a classe, ou importe cada aviso a partir de um ficheiro próprio.

# $recall (text): the recall number
recall-closed_cannot_extend = A retirada { $recall } está fechada: registe antes uma nova retirada.

# $recall (text): the recall number
# $scope (text): the scope lines the hub added, e.g. "GTIN 09506000134352 lot L2"
recall-network_extended_closed = A retirada { $recall } está fechada aqui, mas o servidor central acrescentou-lhe entretanto { $scope }, e uma retirada fechada não pode abranger mais nada: contacte o responsável da qualidade do servidor central, que deve registar esses itens como uma nova retirada de rede.

# $recall (text): the recall number
recall-closed = A retirada { $recall } está fechada: não é possível registar mais nada nela.

# $recall (text): the recall number
recall-closed_already = A retirada { $recall } já está fechada.

# $recall (text): the recall number a site tried to share with the hospital network
recall-share_one_product = A retirada { $recall } não pode ser enviada para a rede tal como está: uma retirada de rede abrange um só produto (um GTIN), por lotes ou números de série. Registe aqui uma retirada para cada produto, com um número próprio, e partilhe cada uma.

# $recall (text): the recall number
# $gtin (text): the GTIN it covers every pack of
recall-share_whole_product = A retirada { $recall } abrange todas as embalagens do GTIN { $gtin }, e uma retirada de rede indica os lotes ou números de série que abrange: peça ao responsável da qualidade do servidor central que a registe no servidor central com os seus lotes (custody-hub recall add).

# $field (text): the password field
recall-destroy_needs_signature = Destruir stock requer a sua assinatura: introduza novamente a sua palavra-passe.

# $field (text): the supplier field
recall-return_needs_supplier = Escolha o fornecedor para onde o stock é devolvido.

# $field (text): the serial field
# $serial (text): the pack's serial
# $recall (text): the recall number
recall-pack_not_affected = A embalagem com o número de série { $serial } não é abrangida pela retirada { $recall }.

# $field (text): the outcome field
recall-nothing_matches = Nada do que ainda está em aberto na retirada corresponde ao que foi escolhido.

# $field (text): the outcome field
# $outcome (text): the outcome chosen (returned_to_supplier, destroyed, notified, not_found)
# $matches (text): what matches, by status
recall-outcome_does_not_apply = O resultado «{ $outcome ->
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [notified] notificada
        [not_found] não encontrada
       *[other] { $outcome }
    }» não se aplica ao que corresponde ({ $matches }): as embalagens que estão aqui são devolvidas, destruídas ou não encontradas; as que já saíram são notificadas ou não encontradas.

# $recall (text): the recall number
# $open (number): items still open
# $items (text): what is open, where
recall-still_open = A retirada { $recall } não pode ser fechada: { $open ->
        [0] 0 itens ainda estão
        [one] 1 item ainda está
       *[other] { $open } itens ainda estão
    } em aberto ({ $items }). Registe primeiro um resultado para cada um.

## count: stock counts

# $count (number): the count's number
count-unknown = Não existe nenhuma contagem número { $count }.

# $field (text): the location field
# $count (number): the count still open there
# $location (text): the location's code
count-open_at_location = A contagem { $count } em { $location } ainda não foi aplicada nem abandonada: termine-a (ou abandone-a) antes de iniciar outra contagem nessa localização.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-not_open = A contagem { $count } está { $status ->
        [finished] terminada
        [applied] aplicada
       *[abandoned] abandonada
    }, por isso não aceita mais leituras.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-closed = A contagem { $count } já está { $status ->
        [applied] aplicada
       *[abandoned] abandonada
    }: não é possível fazer mais nada com ela.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-not_finished = A contagem { $count } { $status ->
        [open] ainda está aberta para leitura: termine-a antes de a aplicar
        [applied] já está aplicada
       *[abandoned] foi abandonada, por isso não pode ser aplicada
    }.

# $field (text): the quantity field
count-quantity_not_positive = A quantidade contada tem de ser pelo menos 1.

# $field (text): the quantity field
# $quantity (number): the total typed
count-quantity_negative = O total de um lote não pode ser { $quantity }: indique o que está na prateleira (0 se não houver nenhuma unidade).

# $field (text): the quantity field
# $quantity (number): the quantity typed
# $max (number): the most of one lot a count takes
count-quantity_too_large = { $quantity } é mais do que uma contagem aceita para um lote (no máximo { $max }): indique quantas unidades estão na prateleira. Se o leitor introduziu um código no campo da quantidade, leia de novo a embalagem.

# $field (text): the quantity field
# $lot (text): the lot
# $product (text): the product's name
# $counted (number): the lot's total counted so far
# $quantity (number): the quantity typed
# $max (number): the most of one lot a count takes
count-lot_total_too_large = O lote { $lot } de { $product } já tem { $counted } unidades contadas: mais { $quantity } ultrapassariam { $max }, mais do que uma contagem aceita para um lote. Corrija antes o total do lote.

# $field (text): the lot field
# $lot (text): the lot
# $product (text): the product's name
count-lot_not_counted = O lote { $lot } de { $product } não foi contado nesta contagem: leia-o para o contar.

## levels: reorder rules, shortages, expiry alerts

# $field (text): the field at fault
# $problem (text): what is wrong with it
levels-rule_invalid = A regra de encomenda não foi guardada: { $problem }

# $field (text): the location field
# $product (text): the product's name
# $location (text): the location code
levels-rule_unknown = A regra de encomenda não foi removida: { $product } não tem regra em { $location }.

# $field (text): the days fields
# $lead_time (number): the lead time given, in days
# $safety (number): the safety days given
# $cycle (number): the order cycle given, in days
levels-suggest_days_invalid = O prazo de entrega ({ $lead_time }) e os dias de segurança ({ $safety }) têm de ser zero ou mais, e o ciclo de encomenda ({ $cycle }) de pelo menos um dia.

# $field (text): the product field
levels-position_needs_product_or_location = Escolha um produto, uma localização, ou ambos.

# $field (text): the window field
levels-expiry_no_window = Indique pelo menos um intervalo em dias.

# $field (text): the window field
# $max (number): the longest window
levels-expiry_window_out_of_range = Um intervalo de validade vai de 0 a { $max } dias.

# $field (text): the windows field
# $value (text): what was typed
levels-window_not_a_number = { $value } não é um número de dias: indique números inteiros separados por vírgulas, por exemplo 30, 60, 90.

# $field (text): the windows field
# $days (number): the window given
# $max (number): the longest window
levels-window_out_of_range = { $days ->
        [0] 0 dias
        [one] 1 dia
       *[other] { $days } dias
    } não é um intervalo de alerta válido: cada intervalo vai de 1 a { $max } dias.

# $field (text): the windows field
levels-no_windows = Indique pelo menos um intervalo de alerta em dias, por exemplo 30, 60, 90.

# $field (text): the windows field
# $windows (number): how many were given
# $max (number): the most allowed
levels-too_many_windows = Foram indicados { $windows } intervalos de alerta: indique no máximo { $max }.

## insights: patterns found in the ledger

# $field (text): the supplier field
# $supplier (text): the supplier's code given
insights-trends_by_supplier = As tendências de consumo são por produto e local, e o consumo não tem fornecedor ({ $supplier }): retire o filtro de fornecedor.

## report: printed reports and extracts

# $field (text): the end date field
# $from (text): the start date
# $to (text): the end date
report-range_backwards = A data de fim { $to } é anterior à data de início { $from }: troque-as.

# $field (text): the start date field
# $limit (number): the most events one extract lists
report-audit_too_many_events = O extrato listaria mais de { $limit } eventos: restrinja as datas, o utilizador ou a localização.

# $field (text): the report field
# $report (text): the name given
# $known (text): the reports there are
report-unknown_kind = Não existe nenhum relatório chamado { $report }: os relatórios existentes são { $known }.

## backup: backups and restores

# $path (text): the file
# $detail (text): what SQLite said
backup-open_failed = Não foi possível abrir { $path } como base de dados ({ $detail }).

# $path (text): the folder
# $detail (text): what the system said
backup-folder_unreadable = Não foi possível ler a pasta { $path } ({ $detail }).

# $path (text): the folder
# $detail (text): what the system said
backup-folder_not_created = Não foi possível criar a pasta { $path } ({ $detail }): verifique se o disco está ligado e permite escrita.

# $path (text): the folder
# $detail (text): what the system said
backup-folder_not_writable = Não é possível escrever em { $path } ({ $detail }): escolha uma pasta onde tenha permissão de escrita.

# $path (text): the backup file
# $detail (text): what the system said
backup-not_renamed = Não foi possível dar à cópia de segurança verificada o nome { $path } ({ $detail }); não foi guardado nada.

# $path (text): the backup file
# $detail (text): what the system said
backup-not_copied = Não foi possível copiar a cópia de segurança { $path } ({ $detail }); a base de dados ficou como estava.

# $path (text): the database file
# $detail (text): what the system said
backup-not_moved_aside = Não foi possível pôr de lado a base de dados { $path } ({ $detail }); não foi restaurado nada.

# $path (text): the database file
# $detail (text): what the system said
backup-not_put_in_place = Não foi possível colocar a cópia de segurança no lugar de { $path } ({ $detail }); a base de dados que lá estava foi reposta.

# $path (text): the file
# $detail (text): what the system said
backup-not_flushed = Não foi possível escrever { $path } no disco de forma segura ({ $detail }).

# $path (text): the path
# $field (text): the folder field, when the person typed it
backup-path_not_text = O caminho { $path } tem caracteres que o Custody não consegue guardar: escolha uma pasta cujo nome seja texto simples.

# $field (text): the folder field
# $path (text): what was typed
backup-folder_not_absolute = { $path } não é um caminho completo: comece-o na raiz, por exemplo /media/usb.

# $field (text): the folder field
# $path (text): the folder
backup-database_folder = { $path } contém a base de dados aberta: guarde as cópias de segurança numa pasta própria.

# $field (text): the folder field
# $path (text): the file in the way
backup-is_open_database = { $path } é a base de dados aberta: escolha outra pasta para as cópias de segurança.

# $path (text): the backup file
backup-exists = Já existe uma cópia de segurança { $path } (foi feita uma neste mesmo segundo): tente de novo daqui a um momento.

# $problems (text): what the check found
backup-not_verified = A cópia de segurança não passou na verificação, por isso foi descartada: { $problems }.

# $field (text): the backup field
# $path (text): the backup given
# $database (text): the database being replaced
backup-restore_onto_itself = { $path } é a base de dados que está a ser substituída ({ $database }): escolha o ficheiro da cópia de segurança a restaurar.

# $field (text): the backup field
# $path (text): the backup given
backup-restore_working_file = { $path } é o ficheiro de trabalho do próprio restauro: copie-o primeiro para outro local.

# $field (text): the backup field
# $path (text): the backup given
# $problems (text): what the check found
backup-not_good = { $path } não é uma cópia de segurança válida, por isso não foi restaurado nada: { $problems }.

# $field (text): the backup field
# $path (text): the backup given
# $differences (text): the tables, indexes, triggers or views that differ
backup-schema_differs = { $path } não tem as tabelas e os índices que o Custody cria, por isso não foi restaurado: { $differences }.

# $path (text): the kept-aside file
backup-aside_exists = { $path } já existe, de um restauro anterior: aguarde um segundo e restaure de novo.

## ledger: what is recorded and when

# $site (text): the site's code
# $now (text): the computer's clock
# $last (text): when the newest event was recorded
ledger-clock_behind = O relógio deste computador indica { $now }, mas o registo da unidade { $site } já tem um evento registado em { $last }: o relógio foi atrasado, por isso não foi registado nada. Acerte a data e a hora do computador (peça a um administrador) e tente de novo.

# $field (text): the occurred-at field
# $occurred (text): when it is said to have happened
# $now (text): the clock's time
ledger-occurred_in_future = Não é possível registar que aconteceu em { $occurred }: é posterior ao momento atual ({ $now }). Não foi registado nada.

# $field (text): the occurred-at field
# $occurred (text): when it is said to have happened
# $now (text): the clock's time
# $days (number): the site's late-entry window
ledger-occurred_too_early = Não é possível registar que aconteceu em { $occurred }: é mais de { $days ->
        [0] 0 dias
        [one] 1 dia
       *[other] { $days } dias
    } antes do momento atual ({ $now }), o máximo que esta unidade permite recuar para registar o que aconteceu (um administrador define este prazo de registo tardio). Não foi registado nada.

# $field (text): the days field
# $days (number): what was asked
# $max (number): the longest window
ledger-late_entry_out_of_range = O prazo de registo tardio vai de 0 a { $max } dias, não { $days }.

# $now (text): the clock's time
# $last (text): when the newest event was recorded
ledger-clock_not_behind = O relógio ({ $now }) não está atrasado em relação ao evento mais recente do registo ({ $last }): não há nada a corrigir.

ledger-clock_nothing_recorded = O registo ainda não tem eventos, por isso não há relógio a corrigir.

ledger-clock_correction_unsigned = Uma correção do relógio tem de ser assinada pelo administrador que a faz: introduza a sua palavra-passe.

ledger-clock_correction_alone = Uma correção do relógio é registada sozinha, como correção do relógio. Não foi registado nada.

ledger-signed_by_another = Um evento é assinado pela pessoa que o regista: inicie sessão com a sua própria conta e assine de novo.

# $kind (text): the event's kind
ledger-user_event_needs_subject = Uma alteração à conta de um utilizador ({ $kind }) tem de indicar o utilizador que altera. Não foi registado nada.

# $kind (text): the event's kind
ledger-not_a_user_event = { $kind } não é uma alteração à conta de um utilizador. Não foi registado nada.

# $kind (text): the event's kind
ledger-event_without_lines = Um evento { $kind } precisa de pelo menos uma embalagem ou um lote. Não foi registado nada.

# $field (text): the quantity field
ledger-quantity_not_positive = Uma quantidade tem de ser superior a zero.

# $id (number): the product's row id
ledger-product_missing = O produto número { $id } não existe na base de dados. Não foi registado nada.

# $id (number): the location's row id
ledger-location_missing = A localização número { $id } não existe na base de dados. Não foi registado nada.

# $id (number): the partner's row id
ledger-partner_missing = O parceiro número { $id } não existe na base de dados. Não foi registado nada.

# $line (number): the event's line
ledger-pack_line_without_status = A linha { $line } movimenta uma embalagem sem indicar onde ela fica. Não foi registado nada.

# $line (number): the event's line
# $serial (text): the pack's serial
ledger-pack_already_known = Linha { $line }: a embalagem com o número de série { $serial } foi entretanto registada por outra pessoa. Não foi registado nada: leia de novo.

# $line (number): the event's line
# $serial (text): the pack's serial
# $status (text): where the line expected it (in_stock, quarantined, …)
ledger-pack_moved = Linha { $line }: a embalagem com o número de série { $serial } já não está { $status ->
        [in_stock] em stock
        [quarantined] em quarentena
       *[other] { $status }
    } onde estava; o stock mudou entretanto. Não foi registado nada: leia de novo.

# $line (number): the event's line
ledger-quantity_line_without_lot = A linha { $line } indica uma quantidade sem lote. Não foi registado nada.

# $line (number): the event's line
ledger-lot_without_location = A linha { $line } retira stock de um lote sem indicar a localização. Não foi registado nada.

# $line (number): the event's line
# $quantity (number): how many the line takes
# $lot (text): the lot
# $status (text): the stock's status (in_stock, quarantined, …)
ledger-lot_short = Linha { $line }: há menos de { $quantity } unidades do lote { $lot } { $status ->
        [in_stock] em stock
        [quarantined] em quarentena
       *[other] { $status }
    } nesse local; o stock mudou entretanto. Não foi registado nada: leia de novo.

ledger-enrolment_times_unreadable = Não é possível ler as datas de criação dos utilizadores, por isso não podem ser inscritos no registo.

# $seq (number): the event put back
# $expected (number): the position it would take
ledger-restored_out_of_order = O evento { $seq } não pode ser reposto na posição { $expected } deste registo: não foi escrito nada.

# $seq (number): the event put back
ledger-restored_hash_differs = O evento { $seq }, reposto a partir do servidor central, não tem o mesmo hash que a cópia do servidor central neste ficheiro: não foi escrito nada. Contacte o administrador do servidor central.

## import: files brought in (products, shipments, recalls, reorder rules)

# $problems (number): problems listed below the sentence
# $all_listed (text): yes when every problem is listed, no when more were found than listed
import-rejected = O ficheiro não foi importado: { $all_listed ->
        [no] foram encontrados mais de { $problems } problemas
       *[yes] { $problems ->
            [0] tem 0 problemas
            [one] tem 1 problema
           *[other] tem { $problems } problemas
        }
    }. Corrija o ficheiro e importe-o de novo.

# $field (text): the file field
# $path (text): the file
# $limit_mb (number): the largest file imported, in MB
import-file_too_large = { $path } tem mais de { $limit_mb } MB: não é um ficheiro que o Custody importe.

# $field (text): the file field
# $path (text): the path given
import-file_is_folder = { $path } é uma pasta, não um ficheiro: escolha o próprio ficheiro.

# $field (text): the file field
# $path (text): the file
# $detail (text): what the system said
import-file_unreadable = Não foi possível ler { $path } ({ $detail }).

## store: the database file

# $path (text): the database file
# $detail (text): what SQLite said
store-open = Não foi possível abrir a base de dados { $path } ({ $detail }).

# $found (number): the file's schema version
# $supported (number): the newest this version knows
store-too_new = Esta base de dados foi escrita por uma versão mais recente do Custody (esquema { $found }; esta versão conhece até ao esquema { $supported }): atualize o Custody para a abrir.

# $name (text): the migration
# $detail (text): what SQLite said
store-migration = Não foi possível atualizar a base de dados: o passo { $name } falhou ({ $detail }) e nada dele foi aplicado.

# $detail (text): what SQLite said
store-database = A base de dados recusou a operação ou falhou: { $detail }. Não foi registado nada.

# $detail (text): why the benchmark scan was not recorded
store-benchmark_scan_refused = Uma leitura de aferição não foi registada, por isso a aferição não mede nada: { $detail }

## api: the application layer's own refusals (crates/api)

# $operation (text): what was asked for
api-unknown_operation = O Custody não tem nenhuma operação chamada { $operation }.

# $operation (text): the operation
# $reason (text): what did not fit, as the reader said it
api-bad_request = Não foi possível ler o pedido de { $operation }: { $reason }

# $reason (text): what failed
api-internal = O Custody falhou: { $reason }. Reinicie-o; se voltar a acontecer, informe o seu administrador.

# $field (text): the date field
# $date (text): what was typed
api-date_unreadable = «{ $date }» não é uma data: escreva-a como AAAA-MM-DD, por exemplo 2026-12-01.

## session: who is signed in

session-not_signed_in = Inicie sessão primeiro.

# $reason (text): idle (the session went quiet too long) or not_signed_in
# $minutes (number): the idle minutes that ended it (0 when nobody was signed in)
session-signed_out = { $reason ->
        [idle] A sessão foi terminada após { $minutes ->
            [0] 0 minutos
            [one] 1 minuto
           *[other] { $minutes } minutos
        } sem atividade.
       *[other] Inicie sessão primeiro.
    }

## auth (api): a password re-entered to sign

# $field (text): the password field
# $meaning (text): approved, performed or reviewed
auth-signature_required = Esta ação é assinada: introduza de novo a sua palavra-passe ({ $meaning ->
        [approved] declara que a aprova
        [performed] declara que a realizou
       *[other] declara que a reviu
    }).

## scan: what a scanner sent

# $field (text): the scan field
scan-empty = A leitura veio vazia: leia de novo a embalagem.

# $field (text): the scan field
# $reason (text): what the decoder said
scan-unreadable = Não foi possível descodificar a leitura: { $said }

# $field (text): the scan field
scan-no_gtin = A leitura não tem GTIN: leia o código da própria embalagem, não uma etiqueta de transporte.

## scan.photo: a photo of a pack read for its codes (crates/api photo.rs)

# $megabytes (number): the file's size in megabytes, rounded up
# $limit (number): the largest photo read, in megabytes
scan-photo_too_large = Este ficheiro tem { $megabytes } MB: o Custody lê fotografias até { $limit } MB. Envie uma fotografia mais pequena (o tamanho habitual de um telemóvel chega).

# $reason (text): what the base64 reader said, in English
scan-photo_not_base64 = A fotografia não chegou inteira e não foi possível lê-la ({ $reason }). Adicione-a de novo.

scan-photo_empty = O ficheiro está vazio: não contém nenhuma fotografia.

scan-photo_heic = É uma fotografia HEIC, que o Custody não consegue ler: exporte-a como JPEG (ou configure a câmara do telemóvel para «Mais compatível») e envie-a de novo.

# $found (text): what the file looks like (GIF, PDF, WebP, AVIF, …)
scan-photo_unknown_format = Não é uma fotografia JPEG nem PNG (parece ser { $found }): envie a fotografia como JPEG ou PNG.

# $format (text): JPEG or PNG
# $reason (text): what the image decoder said, in English
scan-photo_unreadable = Não foi possível abrir a fotografia { $format }; pode estar cortada ou danificada ({ $reason }). Envie-a de novo.

## scan.decode: why the decoder refused a scan
#
# The decoder's own sentences (crates/gs1): each refusal of a scan is a code and its arguments,
# said here in the session's language; in English each reads exactly as the decoder's message.
# AIs, their GS1 titles (EXPIRY, BATCH/LOT, …), values and characters are arguments, never
# translated. "$what" says what a character is (space, gs, control, char, end, byte) and
# "$char" shows it (the character, U+0001, 0x80).

scan-decode-bracket_expected = Era esperado «(» para abrir o AI seguinte na forma entre parênteses.

scan-decode-bracket_unclosed = Um AI é aberto com «(» mas nunca é fechado com «)».

# $ai (text): the digits between the brackets
scan-decode-unknown_ai-bracketed = ({ $ai }) não é um AI do dicionário GS1.

scan-decode-no_data = A leitura tem um identificador de simbologia GS1 mas nenhum dado.

scan-decode-leading_separator = Os dados começam com um separador de grupo (GS) onde deveria estar o primeiro AI. Algumas impressoras codificam as embalagens assim; a opção tolerante «ignore_leading_gs» aceita-o.

scan-decode-double_separator = Dois separadores de grupo (GS) seguidos: falta um elemento entre eles.

# $ai (text): the AI
# $title (text): its GS1 title
# $needed (number): the characters its value needs
# $left (number): the characters left in the scan
scan-decode-truncated = Os dados terminam dentro do AI ({ $ai }) { $title }: precisa de { $needed ->
        [one] { $needed } carácter
       *[other] { $needed } caracteres
    }, mas só restam { $left }. A leitura foi interrompida; leia novamente a embalagem.

# $digits (text): the digits where an AI should start
scan-decode-unknown_ai = «{ $digits }…» não começa por um AI do dicionário GS1. O código pode estar danificado, ou o leitor pode ter omitido um separador de grupo antes dele.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-unknown_ai-not_digits = Era esperado um AI (dígitos), mas foi encontrado { $what ->
        [space] um espaço
        [gs] um separador de grupo (GS)
        [control] o carácter de controlo { $char }
        [end] o fim dos dados
        [byte] o byte { $char }
       *[char] «{ $char }»
    }. O código pode estar danificado, ou o leitor pode ter omitido um separador de grupo antes dele.

# $ai (text): the AI
# $title (text): its GS1 title
# $first (text): its first value
# $second (text): its other value
scan-decode-duplicate_ai = O AI ({ $ai }) { $title } aparece duas vezes com valores diferentes («{ $first }» e «{ $second }»).

# $ai (text): the AI
# $title (text): its GS1 title
# $other (text): the AI it excludes
# $other_title (text): that AI's GS1 title
scan-decode-invalid_ai_pair = O AI ({ $ai }) { $title } não pode aparecer juntamente com o AI ({ $other }) { $other_title }.

# $ai (text): the AI
# $title (text): its GS1 title
# $wanted (text): the AIs it needs, alternatives separated by commas (01, 02+37)
scan-decode-missing_associated_ai = O AI ({ $ai }) { $title } precisa de um destes AI: { $wanted }.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-dl-invalid_character = O endereço web contém { $what ->
        [space] um espaço
        [gs] um separador de grupo (GS)
        [control] o carácter de controlo { $char }
        [end] o fim dos dados
        [byte] o byte { $char }
       *[char] «{ $char }»
    }, que não é permitido num URI.

# $example (text): a path with a GS1 key (/01/{GTIN})
scan-decode-dl-no_primary_key = Este endereço web não é um GS1 Digital Link: o seu caminho não tem nenhuma chave GS1 como { $example }.

scan-decode-dl-not_http = Só os endereços http e https podem ser GS1 Digital Links.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-dl-domain_character = O domínio do endereço web contém { $what ->
        [space] um espaço
        [gs] um separador de grupo (GS)
        [control] o carácter de controlo { $char }
        [end] o fim dos dados
        [byte] o byte { $char }
       *[char] «{ $char }»
    }, que um domínio não pode conter.

scan-decode-dl-path_ends_with_slash = O caminho do Digital Link termina em «/»: o seu último elemento está vazio.

# $ai (text): the AI the query names
scan-decode-dl-unknown_ai = A consulta do Digital Link indica o AI ({ $ai }), que não está no dicionário GS1.

# $ai (text): the AI
scan-decode-dl-duplicate_ai = O AI ({ $ai }) aparece mais de uma vez no Digital Link.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-ai_should_be_in_path = O AI ({ $ai }) { $title } é um qualificador de chave: pertence ao caminho do Digital Link, não à consulta.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-invalid_attribute = O AI ({ $ai }) { $title } não é permitido na consulta de um Digital Link.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-empty_value = O AI ({ $ai }) { $title } tem um valor vazio no Digital Link.

# $path (text): the path's AIs (01/21/10)
# $key (text): the key's AI
# $order (text): the order its qualifiers go in (22, 10, 21)
# $or (text): yes when there are other orders, else no
# $others (text): the other orders
scan-decode-dl-qualifier_order = O caminho do Digital Link tem os AI { $path } numa ordem que a norma não permite (depois de { $key }, os qualificadores seguem a ordem { $order }{ $or ->
        [yes] { " ou " }{ $others }
       *[no] {""}
    }).

scan-decode-ifa-no_product_code = Este código IFA não tem código de produto (nem um PPN em 9N nem um GTIN em 8P).

scan-decode-ifa-not_format_06 = Esta mensagem ISO/IEC 15434 não está no formato 06, o dos códigos IFA das embalagens.

scan-decode-ifa-no_identifier = Um campo IFA não tem identificador de dados.

# $di (text): the field's data identifier (9N, 1T, S, D, …)
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-ifa-invalid_character = O campo IFA { $di } contém { $what ->
        [space] um espaço
        [gs] um separador de grupo (GS)
        [control] o carácter de controlo { $char }
        [end] o fim dos dados
        [byte] o byte { $char }
       *[char] «{ $char }»
    }, que não é permitido.

# $di (text): the field's data identifier
scan-decode-ifa-empty = O campo IFA { $di } está vazio.

# $value (text): the date as scanned
scan-decode-ifa-expiry = A validade «{ $value }» não é uma data real (AAMMDD).

# $value (text): the date as scanned
scan-decode-ifa-manufactured = A data de fabrico «{ $value }» não é uma data real (AAAAMMDD).

# $di (text): the field's data identifier
# $max (number): the most characters it may have
scan-decode-ifa-too_long = O campo IFA { $di } tem mais de { $max } caracteres.

# $gtin (text): the GTIN as scanned
# $length (number): its number of digits
scan-decode-ifa-gtin-length = O GTIN «{ $gtin }» do campo 8P não é válido: um GTIN tem 8, 12, 13 ou 14 dígitos, não { $length }.

# $gtin (text): the GTIN as scanned
# $position (number): the place of the first character that is not a digit, from 1
scan-decode-ifa-gtin-non_digit = O GTIN «{ $gtin }» do campo 8P não é válido: um GTIN só tem dígitos (o carácter { $position } não é).

# $gtin (text): the GTIN as scanned
# $expected (text): the check digit it should have
scan-decode-ifa-gtin-check_digit = O GTIN «{ $gtin }» do campo 8P não é válido: o seu dígito de controlo está errado (deveria ser { $expected }).

scan-decode-ifa-ppn = Não é um PPN válido.

# $ppn (text): the PPN as scanned
# $expected (text): the check digits it should have
scan-decode-ifa-ppn-check_digits = O PPN «{ $ppn }» tem os dígitos de controlo errados (deveriam ser { $expected }). Leia novamente a embalagem ou verifique o PZN impresso.

scan-decode-ifa-ppn-pzn = O PZN contido no PPN tem um dígito de controlo errado.

# $symbology (text): the symbology identifier's letter and modifier (E0, A0, …)
scan-decode-unsupported_symbology = Este tipo de código de barras (identificador de simbologia ]{ $symbology }) não transporta os dados GS1 de uma embalagem. Leia o código 2D (Data Matrix) da embalagem.

scan-decode-not_gs1 = Este código de barras é legível mas não contém dados GS1 de uma embalagem (nenhum GTIN). Não é o código de uma embalagem: leia o Data Matrix da embalagem.

# $gtin (text): the digits as scanned
# $length (number): their number
scan-decode-gtin-length = «{ $gtin }» não é um GTIN válido: um GTIN tem 8, 12, 13 ou 14 dígitos, não { $length }.

# $gtin (text): the digits as scanned
# $position (number): the place of the first character that is not a digit, from 1
scan-decode-gtin-non_digit = «{ $gtin }» não é um GTIN válido: um GTIN só tem dígitos (o carácter { $position } não é).

# $gtin (text): the digits as scanned
# $expected (text): the check digit it should have
scan-decode-gtin-check_digit = «{ $gtin }» não é um GTIN válido: o seu dígito de controlo está errado (deveria ser { $expected }).

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-too_short = O AI ({ $ai }) { $title } é demasiado curto.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-too_long = O AI ({ $ai }) { $title } tem mais caracteres do que permite.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-empty = O AI ({ $ai }) { $title } não tem valor.

# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $max (number): the most characters it may have
scan-decode-value_too_long = O AI ({ $ai }) { $title } tem { $length } caracteres; são permitidos no máximo { $max }.

# A value of variable length: the separator after it may be missing.
# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $max (number): the most characters it may have
scan-decode-value_too_long-separator = O AI ({ $ai }) { $title } tem { $length } caracteres; são permitidos no máximo { $max }. O leitor pode ter omitido um separador de grupo (GS) entre dois campos: verifique a configuração de teclado do leitor.

# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $min (number): the fewest characters it needs
scan-decode-value_too_short = O AI ({ $ai }) { $title } tem { $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    }; precisa de pelo menos { $min }.

# $ai (text): the AI
# $title (text): its GS1 title
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
# $charset (text): the characters allowed (numeric, cset82, cset39, cset64)
scan-decode-invalid_character = O AI ({ $ai }) { $title } contém { $what ->
        [space] um espaço
        [gs] um separador de grupo (GS)
        [control] o carácter de controlo { $char }
        [end] o fim dos dados
        [byte] o byte { $char }
       *[char] «{ $char }»
    }, que não é permitido aí ({ $charset ->
        [numeric] apenas dígitos
        [cset82] letras, dígitos e a pontuação GS1
        [cset39] maiúsculas, dígitos, «#», «-» e «/»
       *[cset64] caracteres base64url
    }). Leia novamente a embalagem; se o erro persistir, o código está mal impresso.

# A character beyond ASCII, as a scanner typing on a non-US keyboard layout sends.
# $ai (text): the AI
# $title (text): its GS1 title
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
# $charset (text): the characters allowed (numeric, cset82, cset39, cset64)
scan-decode-invalid_character-keyboard = O AI ({ $ai }) { $title } contém { $what ->
        [space] um espaço
        [gs] um separador de grupo (GS)
        [control] o carácter de controlo { $char }
        [end] o fim dos dados
        [byte] o byte { $char }
       *[char] «{ $char }»
    }, que não é permitido aí ({ $charset ->
        [numeric] apenas dígitos
        [cset82] letras, dígitos e a pontuação GS1
        [cset39] maiúsculas, dígitos, «#», «-» e «/»
       *[cset64] caracteres base64url
    }). Um leitor em modo de teclado com uma disposição diferente da norte-americana pode produzir esses caracteres: configure-o em modo de teclado universal ou USB-COM.

## scan.decode.lint: a value that breaks its AI's rule
#
# Every one says the AI, its title and the value: "$ai (text): the AI", "$title (text): its
# GS1 title", "$value (text): the value as scanned".

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
# $expected (text): the check digit it should have
scan-decode-lint-check_digit = O AI ({ $ai }) { $title } «{ $value }»: o dígito de controlo está errado (o último dígito deveria ser { $expected }). O código está mal impresso ou foi mal lido; leia-o novamente ou escreva o número impresso na embalagem.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-check_pair = O AI ({ $ai }) { $title } «{ $value }»: o par de caracteres de controlo está errado.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-iban = O AI ({ $ai }) { $title } «{ $value }»: não é um IBAN válido.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-day_zero = O AI ({ $ai }) { $title } «{ $value }»: o dia 00 não é permitido nesta data.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yymmdd = O AI ({ $ai }) { $title } «{ $value }»: não é uma data real (AAMMDD).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yyyymmdd = O AI ({ $ai }) { $title } «{ $value }»: não é uma data real (AAAAMMDD).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hhmi = O AI ({ $ai }) { $title } «{ $value }»: não é uma hora real (HHMM).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hour = O AI ({ $ai }) { $title } «{ $value }»: não é uma hora real.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-minute = O AI ({ $ai }) { $title } «{ $value }»: não é um minuto ou um segundo real.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-country = O AI ({ $ai }) { $title } «{ $value }»: não é um código de país ISO 3166.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-country_alpha2 = O AI ({ $ai }) { $title } «{ $value }»: não é um código de país de duas letras.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-currency = O AI ({ $ai }) { $title } «{ $value }»: não é um código de moeda ISO 4217.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-sex = O AI ({ $ai }) { $title } «{ $value }»: não é um código de sexo ISO 5218.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yes_no = O AI ({ $ai }) { $title } «{ $value }»: o valor deve ser 0 (não) ou 1 (sim).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-non_zero = O AI ({ $ai }) { $title } «{ $value }»: o valor não pode ser zero.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-zero = O AI ({ $ai }) { $title } «{ $value }»: o valor deve ser 0.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-winding = O AI ({ $ai }) { $title } «{ $value }»: o sentido de enrolamento deve ser 0, 1 ou 9.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-piece_of_total = O AI ({ $ai }) { $title } «{ $value }»: o número da peça deve estar entre 1 e o número total de peças.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-percent = O AI ({ $ai }) { $title } «{ $value }»: um «%» deve ser seguido de dois dígitos hexadecimais.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hyphen = O AI ({ $ai }) { $title } «{ $value }»: o valor deve ser um hífen.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-latitude = O AI ({ $ai }) { $title } «{ $value }»: não é uma latitude válida.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-longitude = O AI ({ $ai }) { $title } «{ $value }»: não é uma longitude válida.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-non_digit = O AI ({ $ai }) { $title } «{ $value }»: o valor deve conter pelo menos um carácter que não seja um dígito.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-zero_prefix = O AI ({ $ai }) { $title } «{ $value }»: o valor não pode começar por 0.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-importer_index = O AI ({ $ai }) { $title } «{ $value }»: não é um índice de importador válido.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-media_type = O AI ({ $ai }) { $title } «{ $value }»: não é um tipo de suporte AIDC válido.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-position_in_sequence = O AI ({ $ai }) { $title } «{ $value }»: o valor deve ser uma posição e um total, como 1/2.
## settings: the site's settings

# $field (text): the substitutes field
# $substitute (text): the substitute refused
settings-gs_substitute_unusable = «{ $substitute }» não pode substituir o separador de grupo: um número de série pode contê-lo, ou está em branco. Use um carácter como ~ ou um símbolo como <GS>.

# $field (text): the short-dated window field
# $days (number): what was given
# $max (number): the longest window
settings-short_dated_days_out_of_range = O intervalo de validade curta vai de 0 a { $max } dias, não { $days }.

# $field (text): the price tolerance field
# $percent (number): what was given
# $max (number): the largest tolerance
settings-price_tolerance_out_of_range = A tolerância de preço vai de 0 a { $max } %, não { $percent } %.
settings-currency_unknown = «{ $currency }» não é uma moeda em uso: indique o seu código ISO 4217 de três letras, por exemplo EUR, USD ou XOF.

## files: files written for a person

# $path (text): the file
files-exists = { $path } já existe: confirme para o substituir, ou escolha outro nome.

# $path (text): the file
files-open_database = { $path } é a base de dados aberta (ou o respetivo ficheiro journal): escolha outro nome.

# $path (text): the path
files-not_a_file = { $path } é uma pasta, não um ficheiro: indique um nome de ficheiro.

# $path (text): the file
# $reason (text): what the system said
files-io = Não foi possível escrever { $path }: { $reason }

# $field (text): the folder field
# $path (text): the folder
files-backup_beside_database = { $path } contém a base de dados aberta: guarde as cópias de segurança numa pasta própria (uma subpasta como backups, ou outro disco).

## recall, count, levels, report, stock, epcis, user, site (api checks before core)

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
recall-gtin_unreadable = «{ $gtin }» não é um GTIN: { $reason }

# $field (text): the scan field
# $reason (text): why the code could not be read
recall-scan_unreadable = Não foi possível descodificar a leitura: { $said } Leia de novo a embalagem.

# $field (text): the scan field
# $recall (text): the recall number
recall-scan_not_a_pack = Este código não identifica uma única embalagem (não tem GTIN ou número de série): leia o código 2D da embalagem, ou registe o resultado para o respetivo lote ou localização na retirada { $recall }.

# $field (text): the scan field
# $gtin (text): the scanned pack's GTIN
# $serial (text): the scanned pack's serial
# $recall (text): the recall number
recall-scanned_pack_not_affected = Não pertence à retirada { $recall }: a embalagem { $gtin } com o número de série { $serial } não é abrangida por ela. Volte a arrumá-la; não foi registado nada.

# $field (text): the outcome field
# $serial (text): the scanned pack's serial
# $recall (text): the recall number
recall-scanned_pack_found = A embalagem com o número de série { $serial } acabou de ser lida, por isso foi encontrada: escolha o destino dela na retirada { $recall } (devolvida ao fornecedor ou destruída), e não «não encontrada». Não foi registado nada.

# $field (text): the scan field
# $serial (text): the pack's serial
# $recall (text): the recall number
# $outcome (text): the outcome or status already recorded
recall-pack_resolved = A embalagem com o número de série { $serial } já tem um resultado registado na retirada { $recall } ({ $outcome ->
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [notified] notificada
        [not_found] não encontrada
       *[other] { $outcome }
    }): não foi registado nada de novo.

# $field (text): the meaning field
# $meaning (text): the meaning given
recall-close_meaning = O fecho de uma retirada é assinado como aprovado ou revisto, não como { $meaning ->
        [performed] realizado
       *[other] { $meaning }
    }.

# $field (text): the meaning field
# $meaning (text): the meaning given
count-apply_meaning = A aplicação de uma contagem é assinada como aprovada ou revista, não como { $meaning ->
        [performed] realizada
       *[other] { $meaning }
    }.

# $field (text): the file field
# $file (text): the name given
report-file_name = «{ $file }» não é um nome de ficheiro: indique um nome como stock.pdf, sem pastas.

# $field (text): the file field
# $file (text): the name given
report-file_extension = Termine o nome do ficheiro «{ $file }» em .pdf (o relatório para imprimir) ou .csv (as suas linhas).

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
report-gtin_unreadable = «{ $gtin }» não é um GTIN: { $reason }

# $field (text): the serial field
report-serial_missing = Indique o número de série da embalagem.

# $title (text): the report
# $reason (text): what failed
report-render_failed = Não foi possível gerar { $title } como ficheiro: { $reason }

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
stock-gtin_unreadable = «{ $gtin }» não é um GTIN: { $reason }

# $field (text): the serial field
stock-serial_missing = Indique o número de série (ou um lote, para o histórico de um lote).

# $field (text): the lot field
stock-lot_missing = Indique o lote.

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
epcis-gtin_unreadable = «{ $gtin }» não é um GTIN: { $reason }

# $field (text): the end date field
epcis-days_reversed = A exportação termina antes de começar: indique o dia mais tardio em segundo lugar.

# $field (text): the repeated password field
auth-passwords_differ = As duas palavras-passe são diferentes: escreva a mesma palavra-passe duas vezes.

# $field (text): the username field
master-username_missing = Indique o nome de utilizador.

# $field (text): the occurred-time field
# $time (text): what was given
movement-occurred_unreadable = «{ $time }» não é uma hora: escreva-a como 2026-11-20T14:30:00+01:00.

# $field (text): the destination field
# $movement (text): the movement
movement-destination_not_used = { $movement ->
        [receive] Uma receção
        [dispense] Uma dispensa
        [return] Uma devolução ao stock
        [destroy] Uma destruição
        [return_to_supplier] Uma devolução ao fornecedor
        [transfer] Uma transferência
        [quarantine] Uma colocação em quarentena
        [release] Uma libertação da quarentena
       *[other] A operação { $movement }
    } não move stock para outra localização: deixe o destino vazio (só uma transferência, uma colocação em quarentena ou uma libertação o aceitam).

# $movement (text): the movement
movement-run_override_refused = O ecrã Leitura lê os códigos com as definições da unidade; { $movement ->
        [receive] uma receção
        [dispense] uma dispensa
        [return] uma devolução ao stock
        [destroy] uma destruição
        [return_to_supplier] uma devolução ao fornecedor
        [transfer] uma transferência
        [quarantine] uma colocação em quarentena
        [release] uma libertação da quarentena
       *[other] a operação { $movement }
    } feita a partir dele não pode trazer definições próprias (um gestor altera-as em Definições).

## Replenishment: who supplies whom, pick lists, supplier orders

# $field (text): the supplying location field
# $supplier (text): the location code given
master-supplier_location_unknown = Não existe nenhuma localização { $supplier } a partir da qual abastecer: escolha uma farmácia ou um armazém.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
master-supplies_itself = { $location } não se pode abastecer a si própria ({ $supplier }): escolha a farmácia ou o armazém que a repõe.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
master-supplier_location_inactive = { $supplier } já não está em uso, por isso não pode abastecer { $location }.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
# $kind (text): what the location given is (ward, clinic, quarantine)
master-supplier_location_kind = { $supplier } é { $kind ->
        [ward] um serviço
        [clinic] uma consulta externa
        [quarantine] uma zona de quarentena
        [pharmacy] uma farmácia
        [store] um armazém
       *[other] { $kind }
    }: só uma farmácia ou um armazém pode abastecer { $location }.

# $field (text): the location field
# $location (text): the location given
# $kind (text): what it is (pharmacy, store, quarantine)
master-supplied_not_ward = { $location } é { $kind ->
        [pharmacy] uma farmácia
        [store] um armazém
        [quarantine] uma zona de quarentena
        [ward] um serviço
        [clinic] uma consulta externa
       *[other] { $kind }
    }: só um serviço ou uma consulta externa é reposto a partir de uma localização abastecedora.

# $field (text): the usual supplier field
# $supplier (text): the partner code given
master-usual_supplier_unknown = Não existe nenhum fornecedor { $supplier }: adicione primeiro o fornecedor, ou escolha um da lista.

# $reason (text): why the proposal could not be written
replenish-proposal_unwritable = Não foi possível guardar a lista de aviamento: { $reason }.

# $list (number): the pick list's number
replenish-pick_list_unknown = Não existe nenhuma lista de aviamento { $list }.

# $list (text): the pick list's reference (PICK-n)
replenish-pick_list_replaced = { $list } foi substituída por uma lista de aviamento mais recente: avie a partir da mais recente.

# $field (text): the scan field
# $reason (text): what the decoder found
replenish-pick_unreadable = Não foi possível descodificar esta leitura: { $reason }. Não foi registado nada.

# $product (text): the product scanned (name or GTIN)
# $list (text): the pick list's reference
replenish-pick_not_on_list = { $product } não consta de { $list }: volte a arrumá-lo. Não foi registado nada.

# $product (text): the product scanned
# $location (text): the ward its line is for
replenish-pick_line_complete = { $product } para { $location } já está aviado: volte a arrumar esta embalagem. Não foi registado nada.

# $product (text): the product whose order line does not fit
replenish-order_total_too_large = O total da encomenda de { $product } é demasiado grande para ser calculado: verifique o preço contratado e os níveis que o pedem. Não foi feita nenhuma encomenda.

replenish-orders_total_too_large = O total das encomendas de hoje aos fornecedores é demasiado grande para ser calculado: verifique os preços contratados e os níveis. Não foi impressa nenhuma encomenda.

# $product (text): the product scanned
# $ward (text): the ward named as being picked for
# $list (text): the pick list's reference
replenish-pick_not_for_ward = { $product } não consta de { $list } para { $ward }: volte a arrumá-lo, ou escolha outro serviço. Não foi registado nada.

# $product (text): the product scanned
# $location (text): where the pack is recorded in stock
# $from (text): the locations the product's open lines are picked from
replenish-pick_not_from_here = Esta embalagem de { $product } está registada em { $location }, mas as linhas em aberto deste produto na lista de aviamento são aviadas a partir de { $from }: não as pode satisfazer. Avie a partir de { $from }; não foi registado nada.

# $product (text): the product scanned
# $wards (text): the wards still open for it ("WARD-3A and WARD-4B")
replenish-pick_choose_ward = { $product } consta desta lista de aviamento para { $wards }: escolha para que serviço está a aviar. Não foi registado nada.

# $product (text): the product scanned
# $expiry (text): its expiry date
replenish-pick_expired = Esta embalagem de { $product } expirou em { $expiry }: nunca a envie para um serviço. Ponha-a de parte; não foi registado nada.

# $field (text): the quantity field
# $quantity (number): the quantity scanned
# $left (number): what the line still wants
# $product (text): the product
replenish-pick_more_than_wanted = { $quantity } de { $product } é mais do que as { $left } unidades que ainda faltam aviar: introduza no máximo { $left }.

## national: the national verification systems (EU NMVS, US VRS)

# $field (text): the setting at fault
# $check (text): the word given
national-check_invalid = “{ $check }” não é um momento de verificação: escolha off, at_dispense, at_receipt ou decommission_at_receipt.

# $field (text): the setting at fault
# $market (text): the market given
national-market_invalid = “{ $market }” não é um sistema nacional: escreva US, ou EU- seguido do código do país em duas maiúsculas (EU-DE).

# $field (text): the setting at fault
# $check (text): the moment chosen
national-market_missing = Para verificar { $check }, escolha primeiro o sistema nacional a que o local responde.

# $field (text): the setting at fault
# $market (text): the market chosen
national-dispense_needs_eu = { $market } não aceita desativações: só um local da UE desativa, na dispensa ou na receção. Escolha at_receipt ou off.

# $id (number): the request
national-request_not_waiting = O pedido de verificação { $id } já não está em espera: já foi respondido, ou não existe.

# $id (number): the request
national-request_not_failed = O pedido de verificação { $id } não falhou, por isso não há nada a repetir: só um pedido recusado volta à fila, depois de corrigido o que o fez recusar.

# $id (number): the failed request
# $later (number): the request queued after it
national-retry_queued = O pedido de verificação { $id } não volta à fila: o pedido { $later } da mesma embalagem entrou na fila depois e ocupa o seu lugar (uma segunda desativação levantaria um alerta de falsificação).

# $id (number): the failed request
# $standing (number): the earlier decommission that still stands
national-retry_decommission_stands = O pedido de verificação { $id } não volta à fila: a desativação { $standing } da embalagem continua válida no sistema nacional (a sua anulação não foi aceite), e uma segunda desativação levantaria um alerta de falsificação. Anule primeiro a primeira e tente de novo.

# $field (text): the setting at fault
# $hours (number): the hours given
# $max (number): the longest window
national-window_invalid = { $hours } horas não é um prazo de desativação: escolha de 1 a { $max } horas.

# $path (text): the file
# $reason (text): what is wrong, and where
national-config_invalid = O ficheiro dos sistemas nacionais { $path } não pode ser usado: { $reason }. Nada foi enviado; a fila espera até o ficheiro ser corrigido.

# $path (text): the lock file
# $reason (text): why
national-drainer_running = Outro Custody (a aplicação ou uma linha de comandos) já está a enviar os pedidos de verificação desta base de dados: { $reason } ({ $path }). Só um envia de cada vez, para que nenhum pedido siga duas vezes.

# $path (text): the lock file, or the database
# $reason (text): why
national-drainer_unavailable = Os pedidos de verificação desta base de dados não podem ser enviados: { $reason } ({ $path }). Esperam na fila.

# $path (text): the file looked for
# $reason (text): why
national-not_configured = Nenhum sistema nacional está configurado para esta base de dados: { $path } ({ $reason }). Os pedidos esperam na fila; a forma do ficheiro está no README, «National verification».

# $serial (text): the pack's serial
national-pack_state_unreadable = Não é possível ler o estado da embalagem { $serial }, por isso o alerta não a pôde reter. Execute custody verify.

## sync: the site's side of the hospital network

# $seq (number): the event
# $detail (text): what does not match
sync-ledger_changed = O evento { $seq } deste registo foi alterado depois de ter sido registado ({ $detail }), por isso não é enviado para o servidor central. Execute custody verify e contacte o administrador do servidor central.

# $seq (number): the position asked for
sync-no_such_event = O registo desta unidade não tem nenhum evento { $seq }.

sync-no_site = Esta base de dados ainda não tem unidade: configure-a antes de a ligar à rede.

# $hub (text): the hub the site is enrolled with
sync-already_enrolled = Esta unidade já está inscrita no servidor central em { $hub }. Para a inscrever de novo (depois de o administrador do servidor central ter resolvido uma bifurcação, ou para mudar de servidor central), indique-o explicitamente: custody sync enrol --re-enrol.

sync-not_enrolled = Esta unidade não está inscrita em nenhum servidor central: um administrador inscreve-a com o código dado pelo administrador do servidor central (custody sync enrol).

# $state (text): the state given
sync-not_a_refusal = { $state } não é um estado com que o servidor central recuse.

# $url (text): the address tried
# $detail (text): what the network said
sync-hub_unreachable = Não foi possível contactar o servidor central em { $url } ({ $detail }). Verifique o endereço e a rede e tente de novo.

# $site (text): this database's site code
sync-enrolment_code_refused = O servidor central não aceitou este código de inscrição: é desconhecido, já foi usado, expirou, ou é de outra unidade que não a desta base de dados, { $site }. Peça ao administrador do servidor central um código para a unidade { $site } (custody-hub site code { $site }).

# $url (text): the address asked
# $code (text): the hub's refusal code
# $detail (text): the hub's refusal in words
sync-hub_refused = O servidor central recusou ({ $url }, { $code }): { $detail }.

# $url (text): the address asked
# $status (number): the HTTP status of the answer
# $detail (text): what was wrong with the answer
sync-hub_answer = A resposta de { $url } (estado { $status }) não segue o protocolo da rede ({ $detail }): verifique se o endereço é o do servidor central.

# $field (text): the hub address field
# $hub (text): what was given
sync-bad_hub_address = { $hub } não é um endereço de servidor central: indique-o como https://anfitrião:porta (ou http:// numa rede de confiança).

# $url (text): the address tried
# $detail (text): what the TLS library said of the hub's certificate
sync-hub_untrusted = O servidor central em { $url } apresentou um certificado em que esta unidade não confia ({ $detail }). Se o servidor central usa a autoridade de certificação do próprio hospital, defina CUSTODY_HUB_CA com o certificado dessa autoridade (um ficheiro PEM); caso contrário, contacte o administrador do servidor central: pode não ser o servidor central.

# $path (text): the CA file named by CUSTODY_HUB_CA
# $why (text): what is wrong with it
sync-hub_ca_unusable = O ficheiro de CA do servidor central { $path } (indicado por CUSTODY_HUB_CA) não pode ser usado: { $why }.

# $detail (text): what the system said
sync-key_not_made = Não foi possível criar a chave de assinatura da unidade ({ $detail }).

# $cursor (number): where the site's pull cursor stands
# $after (number): where the page was pulled from
sync-pull_moved = As alterações do servidor central foram obtidas a partir de { $after }, mas esta unidade já as recebeu até { $cursor } (outra obtenção decorreu ao mesmo tempo): não foi aplicado nada; obtenha de novo.

# $detail (text): what the site cannot take, and where
sync-feed_invalid = O servidor central enviou uma alteração que esta unidade não pode aceitar ({ $detail }): não foi aplicado nada da página. Contacte o administrador do servidor central.

# $seq (number): the first event the hub sent back
# $expected (number): this ledger's next event
sync-restore_not_next = O servidor central devolveu eventos a partir de { $seq }, mas o próximo evento deste registo é { $expected }: não foi escrito nada. Execute de novo custody sync restore.

# $detail (text): what does not check, naming the event
sync-restore_bad_chain = Os eventos devolvidos pelo servidor central não dão continuidade ao último evento deste registo ({ $detail }): não foi escrito nada. Contacte o administrador do servidor central.

# $seq (number): the event pulled back
# $kind (text): product, location, partner or user
# $key (text): the GTIN, code or username the event names
sync-restore_unknown_key = O evento { $seq } do servidor central refere { $kind ->
        [product] o produto
        [location] a localização
        [partner] o parceiro
        [user] o utilizador
       *[other] { $kind }
    } { $key }, que o ficheiro desta unidade não contém: não foi escrito nada. Reponha { $kind ->
        [product] o produto
        [location] a localização
        [partner] o parceiro
        [user] o utilizador
       *[other] { $kind }
    } tal como a unidade o tinha quando registou esse evento e execute de novo custody sync restore.

# $seq (number): the event pulled back
# $what (text): the field
# $detail (text): what it holds, or why it does not read
sync-restore_unreadable = O evento { $seq } do servidor central tem um campo { $what } que esta versão do Custody não consegue ler ({ $detail }): não foi escrito nada. Atualize o Custody e execute de novo custody sync restore.

# $user (text): the administrator's username
sync-rebuild_admin_not_on_ledger = O registo da unidade não faz de { $user } um administrador ativo dela: uma unidade perdida é reconstruída por um dos seus próprios administradores, com o nome de utilizador que o registo indica. A nova base de dados foi removida; peça ao administrador do servidor central um novo código de utilização única.

sync-rebuild_not_empty = Uma unidade só é reconstruída a partir do servidor central numa base de dados nova e vazia: escolha um ficheiro que ainda não exista.

# $message (text): why the rebuild stopped
sync-rebuild_incomplete = Não foi possível reconstruir a unidade a partir do servidor central ({ $message }): a nova base de dados foi removida. Peça ao administrador do servidor central um novo código de utilização única (custody-hub site code) e tente de novo.

## i18n: the languages Custody speaks

# $field (text): the language field
# $language (text): the tag asked for
# $languages (text): the tags Custody speaks
auth-language_unknown = O Custody não fala { $language }: escolha um de { $languages }.

## verdict: what a scan found
#
# O que uma leitura encontrou (veredicto, constatações, resposta de uma leitura de contagem): os
# estados ([in_stock], [quarantined], …), os movimentos ([receive], [dispense], …) e as classes
# de retirada ([withdrawal]) chegam como códigos e são ditos por extenso aqui. Uma embalagem é
# feminina: os estados concordam com ela.

# Nothing was found and nothing recorded.
verdict-ok = Aceite.

# $product (text): the product's name
# $movement (text): the movement recorded (receive, dispense, transfer, return, quarantine, release, destroy, return_to_supplier)
verdict-recorded = { $product }: { $movement ->
        [receive] receção registada
        [dispense] dispensa registada
        [transfer] transferência registada
        [return] devolução ao stock registada
        [quarantine] colocação em quarentena registada
        [release] libertação registada
        [destroy] destruição registada
        [return_to_supplier] devolução ao fornecedor registada
       *[other] { $movement } registado
    }.

# Said after the finding that held the pack.
verdict-held = Retida em quarentena.

# Said after the finding that held the pack.
# $location (text): the quarantine location's code
verdict-held-at = Retida em quarentena ({ $location }).

# The decoder's own sentence (a "scan.decode." code above), said in the session's language.
# $reason (text): why the decoder refused the scan (given as its code and arguments)
verdict-decode_error = { $reason }

# $gtin (text): the GTIN scanned
verdict-unknown_product = O GTIN { $gtin } não está na lista de produtos. Adicione o produto e leia novamente a embalagem.

# $pzn (text): the PZN scanned (German national code)
verdict-unknown_product-pzn = O PZN { $pzn } não está na lista de produtos. Adicione o produto e leia novamente a embalagem.

# $ai (text): the AI whose value looks too long
# $value (text): its value
# $rest (text): the part of the value that looks like another AI and its value
# $embedded (text): that other AI
verdict-possible_missing_separator = O AI ({ $ai }) «{ $value }» contém «{ $rest }…», que pode ser o AI ({ $embedded }) colado a ele: o leitor pode ter omitido um separador de grupo. Verifique o texto impresso na embalagem.

# $product (text): the product's name
# $ai (text): the AI whose value looks too long
# $value (text): its value
# $rest (text): the part of the value that looks like another AI and its value
# $embedded (text): that other AI
verdict-possible_missing_separator-no_serial = { $product } é serializado, mas esta leitura não tem número de série. O AI ({ $ai }) «{ $value }» contém «{ $rest }…», que pode ser o AI ({ $embedded }) colado a ele: o leitor pode ter omitido um separador de grupo. Verifique o texto impresso na embalagem.

# $product (text): the product's name
verdict-missing_serial = { $product } é serializado: leia o código 2D (Data Matrix) da embalagem, não o seu código de barras linear.

# $product (text): the product's name
verdict-missing_lot = { $product } é controlado por lote: leia um código com o lote, ou introduza-o.

# $lot (text): the lot
# $recorded (text): the expiry recorded for the lot
# $scanned (text): the expiry the pack's code gives
verdict-expiry_mismatch = O lote { $lot } foi registado com o prazo de validade { $recorded }, mas esta embalagem indica { $scanned }: a embalagem pode estar falsificada. Separe-a para o responsável da qualidade.

# $serial (text): the pack's serial number
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-recalled = A embalagem { $serial } está abrangida pela retirada { $recall } ({ $class ->
        [withdrawal] retirada do mercado
       *[other] classe { $class }
    }): não a utilize. Separe-a em quarentena para o responsável da qualidade.

# $lot (text): the lot
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-recalled-lot = O lote { $lot } está abrangido pela retirada { $recall } ({ $class ->
        [withdrawal] retirada do mercado
       *[other] classe { $class }
    }): não o utilize. Separe-o em quarentena para o responsável da qualidade.

# $expiry (text): the expiry date
verdict-expired = Fora de validade desde { $expiry }. Não utilize; coloque em quarentena ou destrua.

# $expiry (text): the expiry date
# $days (number): days from today to the expiry
verdict-short_dated = Validade curta: expira em { $expiry }, dentro de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }.

# A receipt of a pack already held here.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-duplicate_serial = A embalagem { $serial } já está { $status ->
        [in_stock] em stock
        [quarantined] em quarentena
        [dispensed] dispensada
        [transferred_out] transferida para fora da unidade
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [missing] em falta
       *[other] { $status }
    }{ $located ->
        [yes] {" "}na localização { $location }
       *[no] {""}
    }: é uma embalagem duplicada ou clonada. Separe-a para o responsável da qualidade.

# A ward return of a pack still held here.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-duplicate_serial-return = A embalagem { $serial } já está { $status ->
        [in_stock] em stock
        [quarantined] em quarentena
        [dispensed] dispensada
        [transferred_out] transferida para fora da unidade
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [missing] em falta
       *[other] { $status }
    }{ $located ->
        [yes] {" "}na localização { $location }
       *[no] {""}
    }: não pode ser devolvida outra vez.

# A receipt of a pack that has left the site.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-already_decommissioned = A embalagem { $serial } já foi { $status ->
        [in_stock] em stock
        [quarantined] em quarentena
        [dispensed] dispensada
        [transferred_out] transferida para fora da unidade
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [missing] em falta
       *[other] { $status }
    }: uma embalagem não pode voltar a entrar. Pode estar reutilizada ou clonada; separe-a para o responsável da qualidade.

# A ward return of a pack destroyed or sent back.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-already_decommissioned-return = A embalagem { $serial } foi { $status ->
        [in_stock] em stock
        [quarantined] em quarentena
        [dispensed] dispensada
        [transferred_out] transferida para fora da unidade
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [missing] em falta
       *[other] { $status }
    }: não pode ser devolvida ao stock.

# Any other movement of a pack that has left the site.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $movement (text): the movement asked for (dispense, transfer, quarantine, destroy, return_to_supplier)
verdict-already_decommissioned-again = A embalagem { $serial } já foi { $status ->
        [in_stock] em stock
        [quarantined] em quarentena
        [dispensed] dispensada
        [transferred_out] transferida para fora da unidade
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [missing] em falta
       *[other] { $status }
    }: não pode ser { $movement ->
        [receive] rececionada
        [dispense] dispensada
        [transfer] transferida
        [return] devolvida ao stock
        [quarantine] colocada em quarentena
        [release] libertada
        [destroy] destruída
        [return_to_supplier] devolvida ao fornecedor
       *[other] { $movement }
    } outra vez. Pode estar reutilizada ou clonada; separe-a para o responsável da qualidade.

# A dispense of a pack the national system holds as taken out of the supply chain for another reason than a supply.
# $serial (text): the pack's serial number
# $reason (text): the decommission's reason (stolen, sample, free_sample, destroyed, exported, locked)
verdict-already_decommissioned-nationally = A embalagem { $serial } está desativada no sistema nacional como { $reason ->
        [stolen] roubada
        [sample] amostra para as autoridades
        [free_sample] amostra grátis
        [destroyed] destruída
        [exported] exportada
        [locked] bloqueada
       *[other] { $reason }
    }: não pode ser dispensada. Coloque-a em quarentena como suspeita e avise a qualidade.

# A receipt of a pack a count recorded missing.
# $serial (text): the pack's serial number
verdict-not_in_stock-missing = A embalagem { $serial } foi registada em falta numa contagem; é rececionada novamente.

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-not_in_stock = A embalagem { $serial } não está em stock aqui (está { $status ->
        [in_stock] em stock
        [quarantined] em quarentena
        [dispensed] dispensada
        [transferred_out] transferida para fora da unidade
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [missing] em falta
       *[other] { $status }
    }).

# $serial (text): the pack's serial number
verdict-not_in_stock-never_received = A embalagem { $serial } nunca foi rececionada aqui. Rececione-a primeiro, ou separe-a se não devia estar aqui.

# A release of a pack that is not in quarantine.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-not_quarantined = A embalagem { $serial } está { $status ->
        [in_stock] em stock
        [quarantined] em quarentena
        [dispensed] dispensada
        [transferred_out] transferida para fora da unidade
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [missing] em falta
       *[other] { $status }
    }{ $located ->
        [yes] {" "}na localização { $location }
       *[no] {""}
    }, não em quarentena.

# $serial (text): the pack's serial number
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-quarantined = A embalagem { $serial } está em quarentena{ $located ->
        [yes] {" "}na localização { $location }
       *[no] {""}
    }: não pode ser utilizada.

# $serial (text): the pack's serial number
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-wrong_location = A embalagem { $serial } está registada{ $located ->
        [yes] {" "}na localização { $location }
       *[no] {""}
    }, não aqui. Mova-a primeiro com uma transferência, ou force a leitura se o registo estiver errado.

# $serial (text): the pack's serial number
verdict-already_scanned = Já lida: a embalagem { $serial } acabou de ser registada e conta uma só vez. Não foi registado mais nada.

# $serial (text): the pack's serial number (empty for a lot-tracked pack)
verdict-tamper_broken = A embalagem { $serial } tem o dispositivo de prevenção de adulterações violado: não é dispensada. Uma embalagem que está aqui fica em quarentena como suspeita; entregue-a à qualidade.

# Said after a return is recorded.
# $serial (text): the pack's serial number
# $days (number): the days after a decommission its undo is allowed
verdict-undo_too_late = A embalagem { $serial } foi desativada no sistema nacional há mais de { $days } dias: o sistema nacional já não aceita anular a desativação, por isso continua desativada lá. Voltou ao stock aqui e não será desativada outra vez.

# $have (number): how many of the lot there are
# $lot (text): the lot
# $status (text): the stock asked about (in_stock, or quarantined for a release)
# $location (text): the location's code
# $quantity (number): how many were asked for
verdict-insufficient_quantity = Só há { $have } do lote { $lot } { $status ->
        [in_stock] em stock
        [quarantined] em quarentena
        [dispensed] dispensada
        [transferred_out] transferida para fora da unidade
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [missing] em falta
       *[other] { $status }
    } na localização { $location }; foram pedidos { $quantity }.

# $packs (number): expired packs (or lot quantity) still on the shelf
# $location (text): the location's code
# $oldest (text): the oldest expiry among them
verdict-expired_on_shelf = { $packs ->
        [one] { $packs } embalagem fora de validade deste produto continua
       *[other] { $packs } embalagens fora de validade deste produto continuam
    } na prateleira da localização { $location } (validade mais antiga: { $oldest }): coloque-as em quarentena.

# Asked before a dispense out of first-expiry order.
# $location (text): the location's code
# $has_lot (text): yes when the earliest pack has a lot, else no
# $lot (text): its lot (empty when none)
# $expiry (text): its expiry
# $packs (number): packs that expire earlier
verdict-fefo = Na localização { $location } há uma embalagem deste produto que expira mais cedo: lote { $has_lot ->
        [yes] { $lot }
       *[no] sem lote
    }, validade { $expiry } ({ $packs ->
        [one] { $packs } embalagem expira
       *[other] { $packs } embalagens expiram
    } mais cedo). Leia novamente esta embalagem ou prima Enter para a dispensar mesmo assim; caso contrário, leia a embalagem que expira mais cedo.

# The person's answer to verdict-fefo, kept with the dispense.
# $location (text): the location's code
# $has_lot (text): yes when the earliest pack has a lot, else no
# $lot (text): its lot (empty when none)
# $expiry (text): its expiry
# $packs (number): packs that expire earlier
verdict-fefo-confirmed = Dispensada antes de uma embalagem que expira mais cedo na localização { $location } (lote { $has_lot ->
        [yes] { $lot }
       *[no] sem lote
    }, validade { $expiry }; { $packs ->
        [one] { $packs } embalagem
       *[other] { $packs } embalagens
    } no total): escolha do operador.

# $serial (text): the pack's serial number
verdict-unexpected = Não consta da remessa prevista: a embalagem { $serial } é rececionada, mas confirme-a com o fornecedor.

verdict-unexpected-lot = Não consta da remessa prevista: este lote é rececionado, mas confirme-o com o fornecedor.

# $listed (number): how many more of the lot the despatch advice lists
# $lot (text): the lot
# $quantity (number): how many are received
# $over (number): how many are over
verdict-unexpected-over = O aviso de expedição indica mais { $listed } do lote { $lot }; são rececionados { $quantity }: os { $over } a mais são registados como não previstos.

# $listed_lot (text): the lot the despatch advice gives ("-" for none)
# $listed_expiry (text): the expiry it gives ("-" for none)
# $lot (text): the lot the pack gives ("-" for none)
# $expiry (text): the expiry the pack gives ("-" for none)
verdict-differs_from_advice = O aviso de expedição indica esta embalagem com o lote { $listed_lot } e a validade { $listed_expiry }, mas a embalagem indica o lote { $lot } e a validade { $expiry }: rececionada, sem correspondência.

# $supplier (text): the supplier's name
# $cost (text): the unit cost charged, with two decimals
# $contract (text): the contract price, with two decimals
verdict-price_above_contract = { $supplier } faturou { $cost } face a um preço de contrato de { $contract }.

# $product (text): the product's name
verdict-count-missing_serial = { $product } é serializado e este código não tem número de série (um código de barras linear?): leia o código 2D da embalagem para a contar.

# $product (text): the product's name
verdict-count-missing_lot = { $product } é contado por lote e este código não tem lote: leia um código com o lote.

# $product (text): the product's name
# $lot (text): the lot
# $total (number): counted so far of the lot
verdict-count-quantity_needed = { $product } lote { $lot }: quantos? ({ $total ->
        [one] { $total } contado até agora
       *[other] { $total } contados até agora
    }.)

verdict-count-no_product = Este código não designa nenhum produto (uma etiqueta de envio, não uma embalagem): leia o código da própria embalagem.

verdict-count-unknown_product = Este produto não está na lista de produtos; separe a embalagem e adicione o produto.

# $product (text): the product's name
verdict-count-not_in_count = { $product } não faz parte desta contagem.

# $product (text): the product's name
# $lot (text): the lot
# $quantity (number): how many this scan counts
# $total (number): counted so far of the lot
verdict-count-lot_counted = { $product } lote { $lot }: { $quantity ->
        [one] { $quantity } contado
       *[other] { $quantity } contados
    }, { $total } até agora.

# $serial (text): the pack's serial number
verdict-count-already_counted = A embalagem { $serial } já foi contada: conta uma só vez.

# $product (text): the product's name
verdict-count-counted = { $product }: contado.

# $product (text): the product's name
verdict-count-counted-arrived_since = { $product }: contado (chegou depois do início da contagem).

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $location (text): where the ledger has it (a location's code, or ?)
verdict-count-elsewhere = A embalagem { $serial } está registada { $status ->
        [in_stock] em stock
        [quarantined] em quarentena
        [dispensed] dispensada
        [transferred_out] transferida para fora da unidade
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [missing] em falta
       *[other] { $status }
    } na localização { $location }: contada aqui; a contagem vai movê-la.

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-count-wrong_status = A embalagem { $serial } está registada como { $status ->
        [in_stock] em stock
        [quarantined] em quarentena
        [dispensed] dispensada
        [transferred_out] transferida para fora da unidade
        [returned_to_supplier] devolvida ao fornecedor
        [destroyed] destruída
        [missing] em falta
       *[other] { $status }
    }: não devia estar numa prateleira. Separe-a para o responsável da qualidade.

# $serial (text): the pack's serial number
verdict-count-not_received = A embalagem { $serial } nunca foi rececionada aqui: separe-a para o responsável da qualidade; ao aplicar a contagem, fica retida em quarentena como suspeita.

# Said after the count scan's answer.
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-count-set_aside-recalled = Retirada ({ $recall }, { $class ->
        [withdrawal] retirada do mercado
       *[other] classe { $class }
    }): separe-a.

# Said after the count scan's answer.
# $expiry (text): the expiry date
verdict-count-set_aside-expired = Fora de validade desde { $expiry }: separe-a.

# Prices where they arrive (issue #23, contract prices per supplier, unit costs at receipt).

# $field (text): the price field at fault
# $value (text): the price as given
master-price_unreadable = «{ $value }» não é um preço: escreva-o com um ponto antes das casas decimais, por exemplo 12.50.

# $field (text): the price field at fault
# $value (text): the price as given
master-price_below_zero = { $value } é negativo: um preço é 0 ou mais.

# $field (text): the price field at fault
# $value (text): the price as given
# $decimals (number): how many decimals the site's currency is written with
master-price_decimals = { $value } tem casas decimais a mais: um preço na moeda do local escreve-se { $decimals ->
        [0] sem casas decimais
        [1] com uma casa decimal
       *[other] com { $decimals } casas decimais
    }.

# $field (text): the price field at fault
# $value (text): the price as given
# $currency (text): the site's currency (ISO 4217 code)
master-price_below_hundredths = { $value }: o Custody guarda os preços ao cêntimo de { $currency }, por isso a terceira casa decimal tem de ser 0.

# $field (text): the price field at fault
# $max (number): the highest price allowed, in whole currency units
master-price_above_max = O preço é superior a { $max } por embalagem: verifique o valor (é expresso na moeda, não em cêntimos).

# $field (text): the first-day field at fault
# $value (text): the day as given
master-valid_from_unreadable = «{ $value }» não é uma data: escreva-a AAAA-MM-DD, por exemplo 2026-12-01.
