from nzconfig.cli import main

main()
