import { NotificationMenu } from "@/components/shell/notification-menu";
import { unreadCount } from "@/lib/notifications/inbox";

/** The header's bell, rendered with the user's unread count (one indexed count query). */
export async function NotificationBell({ userId }: { userId: string }) {
  return <NotificationMenu initialUnread={await unreadCount(userId)} />;
}
