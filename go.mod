module github.com/delegatebot/delegatebot

go 1.26.8
