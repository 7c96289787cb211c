@echo off
rem Starter for Haan.Report (Windows cmd.exe): see haan-report.ps1. Usage: haan-report build
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0haan-report.ps1" %*
exit /b %ERRORLEVEL%
