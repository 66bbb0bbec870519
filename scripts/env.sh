# Shared settings for the scripts: sourced, not run.
# One cargo target directory outside the clone, so every clone on a machine reuses one warm build.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/cyberplaza/target}"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_bin="$CARGO_TARGET_DIR/release/cyberplaza-node"
