@echo off
rem xxgk（信息公开）：双击本文件即启动网页工作台；在命令行中带参数运行即为命令行工具（xxgk help 查看用法）。
setlocal
set "XXGK_HOME=%~dp0"
where java >nul 2>nul
if errorlevel 1 (
  echo 没有找到 Java。请先安装 Java 17 或更高版本的运行环境（如 Eclipse Temurin 17 JRE），再双击本文件。
  pause
  exit /b 1
)
if "%~1"=="" (
  where javaw >nul 2>nul
  if errorlevel 1 (
    java -jar "%XXGK_HOME%xxgk.jar" serve
  ) else (
    start "xxgk" javaw -jar "%XXGK_HOME%xxgk.jar" serve
  )
  exit /b 0
)
java -jar "%XXGK_HOME%xxgk.jar" %*
exit /b %errorlevel%
