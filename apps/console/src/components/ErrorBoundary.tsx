import { Alert } from 'antd';
import { Component, ReactNode } from 'react';

/** A screen that fails to render says so (in both languages) instead of leaving a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error)
      return (
        <Alert
          type="error"
          showIcon
          title="此页面无法显示 / This screen could not be shown"
          description={this.state.error.message}
        />
      );
    return this.props.children;
  }
}
