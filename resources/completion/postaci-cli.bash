# bash completion for postaci-cli -*- shell-script -*-
# Installed as share/bash-completion/completions/postaci-cli, where bash-completion loads it the
# first time Tab is pressed after "postaci-cli". Self-contained (only bash's compgen), so it also
# works when sourced by hand. It knows the whole command-line contract (docs/cli.md): commands,
# accounts actions, flags, the values of --security, --auth, --format, --oauth-provider and --lang,
# and the ids of the saved accounts (from `postaci-cli accounts list --json`).
# Tested by tests/integration/packaging/tst_completion.cpp.

# Prints the id of every saved account, one a line. Reads the JSON without jq: ids are UUIDs, and
# "id" is a key only of the account objects (core/account/account.cpp, Account::toJson).
_postaci_cli_account_ids()
{
    local cli=$1 json re='"id": *"([0-9A-Fa-f-]+)"'
    json=$("$cli" accounts list --json 2>/dev/null) || return 0
    while [[ $json =~ $re ]]; do
        printf '%s\n' "${BASH_REMATCH[1]}"
        json=${json#*"${BASH_REMATCH[0]}"}
    done
}

_postaci_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    # The program being completed, so that build/dev/app/cli/postaci-cli lists its own accounts.
    local cli=${COMP_WORDS[0]}
    if ! type -P -- "$cli" >/dev/null 2>&1 && [[ ! -x $cli ]]; then
        cli=postaci-cli
    fi
    COMPREPLY=()

    # The command is the first word that is not an option; for accounts, the action is the next.
    local i word command="" action="" positionals=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            --lang | --host | --port | --security | --auth | --user | --password-env | --ca-file | --pin | \
                --timeout | --account | --from | --to | --subject | --ispdb-url | --email | --name | --alias | \
                --provider | --oauth-provider | --oauth-client-id | --oauth-authorize-url | --oauth-token-url | \
                --oauth-scope | --format | --output | --deadline)
                ((i++)) # the option's value
                ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=$word
                elif [[ $command == accounts && -z $action ]]; then
                    action=$word
                else
                    ((positionals++))
                fi
                ;;
        esac
    done

    local words=""
    case $prev in
        --lang) words="tr en" ;;
        --security) words="none starttls tls" ;;
        --auth)
            if [[ $command == accounts ]]; then
                words="auto none plain login cram-md5 xoauth2 oauth2"
            else
                words="auto none plain login cram-md5 xoauth2 oauthbearer"
            fi
            ;;
        --format) words="thunderbird msmtp swaks mobileconfig env autoconfig" ;;
        --oauth-provider) words="microsoft google yahoo custom" ;;
        --provider) words="none" ;;
        --account) words=$(_postaci_cli_account_ids "$cli") ;;
        --password-env)
            mapfile -t COMPREPLY < <(compgen -e -- "$cur")
            return 0
            ;;
        --ca-file | --output)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0
            ;;
        --host | --port | --user | --pin | --timeout | --from | --to | --subject | --ispdb-url | --email | \
            --name | --alias | --oauth-client-id | --oauth-authorize-url | --oauth-token-url | --oauth-scope)
            return 0 # free text
            ;;
        *)
            local probe="--host --port --security --auth --user --password-stdin --password-env --ca-file --pin
                --allow-plaintext-auth --timeout --json --transcript"
            local flags="" ids=no
            case $command in
                "")
                    flags="--lang --version --help"
                    words="probe send-test lookup accounts check-domain export help"
                    ;;
                probe) flags=$probe ;;
                send-test) flags="$probe --account --from --to --subject --no-recipient-check" ;;
                lookup) flags="--offline --probe --ispdb-url --ca-file --timeout --json --help-all" ;;
                check-domain) flags="--account --host --timeout --json --help-all" ;;
                export)
                    flags="--format --output --json"
                    ((positionals == 0)) && ids=yes
                    ;;
                accounts)
                    case $action in
                        "") words="list show remove add login test" ;;
                        list) flags="--json" ;;
                        show) flags="--json" ;;
                        remove) flags="--force --json" ;;
                        add)
                            flags="--email --host --port --security --user --name --auth --alias --pin
                                --allow-plaintext-auth --password-stdin --no-password --provider --oauth-provider
                                --oauth-client-id --oauth-authorize-url --oauth-token-url --oauth-scope --json"
                            ;;
                        login) flags="--no-browser --timeout --ca-file --json" ;;
                        test) flags="--all --send --deadline --json" ;;
                    esac
                    case $action in
                        show | remove | login | test) ((positionals == 0)) && ids=yes ;;
                    esac
                    ;;
            esac
            if [[ $cur == -* ]]; then
                [[ -n $command ]] && flags="$flags --lang --help"
                words=$flags
            elif [[ $ids == yes ]]; then
                words=$(_postaci_cli_account_ids "$cli")
            fi
            ;;
    esac
    mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
    return 0
}

complete -F _postaci_cli postaci-cli
