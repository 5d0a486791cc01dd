; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sys_enter(i8* %ctx) #0 section "tracepoint/raw_syscalls/sys_enter" !dbg !40 {
entry:
  %tmp2 = alloca [1 x i64], align 8, !dbg !46
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = getelementptr i8, i8* %ctx, i64 8, !dbg !48
  %1 = bitcast i8* %0 to i64*, !dbg !48
  %2 = load i64, i64* %1, align 8, !dbg !48
  %3 = getelementptr i8, i8* %ctx, i64 16, !dbg !48
  %4 = bitcast i8* %3 to i64*, !dbg !48
  %5 = load i64, i64* %4, align 8, !dbg !48
  %6 = getelementptr i8, i8* %ctx, i64 56, !dbg !48
  %7 = bitcast i8* %6 to i64*, !dbg !48
  %8 = load i64, i64* %7, align 8, !dbg !48
  %9 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !48
  %.not = icmp eq i8* %9, null, !dbg !48
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !48

rec.fill:                                         ; preds = %entry
  %10 = bitcast i8* %9 to i64*, !dbg !48
  store i64 1, i64* %10, align 8, !dbg !48
  %11 = getelementptr i8, i8* %9, i64 8, !dbg !48
  %12 = bitcast i8* %11 to i64*, !dbg !48
  store i64 %2, i64* %12, align 8, !dbg !48
  %13 = getelementptr i8, i8* %9, i64 16, !dbg !48
  %14 = bitcast i8* %13 to i64*, !dbg !48
  store i64 %5, i64* %14, align 8, !dbg !48
  %15 = getelementptr i8, i8* %9, i64 24, !dbg !48
  %16 = bitcast i8* %15 to i64*, !dbg !48
  store i64 %8, i64* %16, align 8, !dbg !48
  %17 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !48
  %18 = icmp ugt i64 %17, 65536, !dbg !48
  %19 = select i1 %18, i64 2, i64 1, !dbg !48
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %9, i64 %19) #0, !dbg !48
  br label %rec.done, !dbg !48

rec.lost:                                         ; preds = %entry
  %20 = bitcast i32* %zero to i8*, !dbg !48
  %21 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %20) #0, !dbg !48
  %.not13 = icmp eq i8* %21, null, !dbg !48
  br i1 %.not13, label %rec.done, label %stat.inc, !dbg !48

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %22 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !49
  store i64 0, i64* %22, align 8, !dbg !49
  %23 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !49
  %24 = ptrtoint i8* %3 to i64, !dbg !49
  %25 = add i64 %24, 16, !dbg !49
  %26 = inttoptr i64 %25 to i8*, !dbg !49
  %27 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %23, i32 8, i8* %26) #0, !dbg !49
  %28 = load i64, i64* %22, align 8, !dbg !49
  %29 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !49
  %.not14 = icmp eq i8* %29, null, !dbg !49
  br i1 %.not14, label %rec.lost4, label %rec.fill3, !dbg !49

stat.inc:                                         ; preds = %rec.lost
  %30 = bitcast i8* %21 to i64*, !dbg !48
  %31 = load i64, i64* %30, align 8, !dbg !48
  %32 = add i64 %31, 1, !dbg !48
  store i64 %32, i64* %30, align 8, !dbg !48
  br label %rec.done, !dbg !48

rec.fill3:                                        ; preds = %rec.done
  %33 = bitcast i8* %29 to i64*, !dbg !49
  store i64 4294967298, i64* %33, align 8, !dbg !49
  %34 = getelementptr i8, i8* %29, i64 8, !dbg !49
  %35 = bitcast i8* %34 to i64*, !dbg !49
  store i64 %28, i64* %35, align 8, !dbg !49
  %36 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %37 = icmp ugt i64 %36, 65536, !dbg !49
  %38 = select i1 %37, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %29, i64 %38) #0, !dbg !49
  br label %rec.done5, !dbg !49

rec.lost4:                                        ; preds = %rec.done
  %39 = bitcast i32* %zero to i8*, !dbg !49
  %40 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %39) #0, !dbg !49
  %.not15 = icmp eq i8* %40, null, !dbg !49
  br i1 %.not15, label %rec.done5, label %stat.inc6, !dbg !49

rec.done5:                                        ; preds = %rec.lost4, %stat.inc6, %rec.fill3
  %41 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !50
  %.not16 = icmp eq i8* %41, null, !dbg !50
  br i1 %.not16, label %rec.lost9, label %rec.fill8, !dbg !50

stat.inc6:                                        ; preds = %rec.lost4
  %42 = bitcast i8* %40 to i64*, !dbg !49
  %43 = load i64, i64* %42, align 8, !dbg !49
  %44 = add i64 %43, 1, !dbg !49
  store i64 %44, i64* %42, align 8, !dbg !49
  br label %rec.done5, !dbg !49

rec.fill8:                                        ; preds = %rec.done5
  %45 = bitcast i8* %41 to i64*, !dbg !50
  store i64 8589934594, i64* %45, align 8, !dbg !50
  %46 = getelementptr i8, i8* %41, i64 8, !dbg !50
  %47 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %46, i32 48, i8* %3) #0, !dbg !50
  %48 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !50
  %49 = icmp ugt i64 %48, 65536, !dbg !50
  %50 = select i1 %49, i64 2, i64 1, !dbg !50
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %41, i64 %50) #0, !dbg !50
  br label %rec.done10, !dbg !50

rec.lost9:                                        ; preds = %rec.done5
  %51 = bitcast i32* %zero to i8*, !dbg !50
  %52 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %51) #0, !dbg !50
  %.not17 = icmp eq i8* %52, null, !dbg !50
  br i1 %.not17, label %rec.done10, label %stat.inc11, !dbg !50

rec.done10:                                       ; preds = %rec.lost9, %stat.inc11, %rec.fill8
  ret i32 0, !dbg !47

stat.inc11:                                       ; preds = %rec.lost9
  %53 = bitcast i8* %52 to i64*, !dbg !50
  %54 = load i64, i64* %53, align 8, !dbg !50
  %55 = add i64 %54, 1, !dbg !50
  store i64 %55, i64* %53, align 8, !dbg !50
  br label %rec.done10, !dbg !50
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_inet_sock_set_state(i8* %ctx) #0 section "tracepoint/sock/inet_sock_set_state" !dbg !51 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !53, metadata !DIExpression()), !dbg !54
  %zero = alloca i32, align 4, !dbg !55
  store i32 0, i32* %zero, align 4, !dbg !55
  %0 = getelementptr i8, i8* %ctx, i64 32, !dbg !56
  %1 = load i8, i8* %0, align 1, !dbg !56
  %2 = getelementptr i8, i8* %ctx, i64 71, !dbg !56
  %3 = load i8, i8* %2, align 1, !dbg !56
  %4 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !56
  %.not = icmp eq i8* %4, null, !dbg !56
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !56

rec.fill:                                         ; preds = %entry
  %5 = zext i8 %3 to i64, !dbg !56
  %6 = zext i8 %1 to i64, !dbg !56
  %7 = bitcast i8* %4 to i64*, !dbg !56
  store i64 12884901889, i64* %7, align 8, !dbg !56
  %8 = getelementptr i8, i8* %4, i64 8, !dbg !56
  %9 = bitcast i8* %8 to i64*, !dbg !56
  store i64 %6, i64* %9, align 8, !dbg !56
  %10 = getelementptr i8, i8* %4, i64 16, !dbg !56
  %11 = bitcast i8* %10 to i64*, !dbg !56
  store i64 %5, i64* %11, align 8, !dbg !56
  %12 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %13 = icmp ugt i64 %12, 65536, !dbg !56
  %14 = select i1 %13, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %4, i64 %14) #0, !dbg !56
  br label %rec.done, !dbg !56

rec.lost:                                         ; preds = %entry
  %15 = bitcast i32* %zero to i8*, !dbg !56
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %15) #0, !dbg !56
  %.not6 = icmp eq i8* %16, null, !dbg !56
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !56

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %17 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !57
  %.not7 = icmp eq i8* %17, null, !dbg !57
  br i1 %.not7, label %rec.lost2, label %rec.fill1, !dbg !57

stat.inc:                                         ; preds = %rec.lost
  %18 = bitcast i8* %16 to i64*, !dbg !56
  %19 = load i64, i64* %18, align 8, !dbg !56
  %20 = add i64 %19, 1, !dbg !56
  store i64 %20, i64* %18, align 8, !dbg !56
  br label %rec.done, !dbg !56

rec.fill1:                                        ; preds = %rec.done
  %21 = bitcast i8* %17 to i64*, !dbg !57
  store i64 17179869186, i64* %21, align 8, !dbg !57
  %22 = getelementptr i8, i8* %17, i64 8, !dbg !57
  %23 = getelementptr i8, i8* %ctx, i64 40, !dbg !57
  %24 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %22, i32 16, i8* %23) #0, !dbg !57
  %25 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !57
  %26 = icmp ugt i64 %25, 65536, !dbg !57
  %27 = select i1 %26, i64 2, i64 1, !dbg !57
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %17, i64 %27) #0, !dbg !57
  br label %rec.done3, !dbg !57

rec.lost2:                                        ; preds = %rec.done
  %28 = bitcast i32* %zero to i8*, !dbg !57
  %29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %28) #0, !dbg !57
  %.not8 = icmp eq i8* %29, null, !dbg !57
  br i1 %.not8, label %rec.done3, label %stat.inc4, !dbg !57

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  ret i32 0, !dbg !55

stat.inc4:                                        ; preds = %rec.lost2
  %30 = bitcast i8* %29 to i64*, !dbg !57
  %31 = load i64, i64* %30, align 8, !dbg !57
  %32 = add i64 %31, 1, !dbg !57
  store i64 %32, i64* %30, align 8, !dbg !57
  br label %rec.done3, !dbg !57
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_fixed_array.tp", directory: ".")
!4 = !{!0, !5}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !27)
!27 = !{!28, !33}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !29, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 27, lowerBound: 0)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 262144, lowerBound: 0)
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 2, !"Dwarf Version", i32 4}
!40 = distinct !DISubprogram(name: "tp0_sys_enter", linkageName: "tp0_sys_enter", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 3, column: 2, scope: !40)
!49 = !DILocation(line: 5, column: 2, scope: !40)
!50 = !DILocation(line: 6, column: 2, scope: !40)
!51 = distinct !DISubprogram(name: "tp1_inet_sock_set_state", linkageName: "tp1_inet_sock_set_state", scope: !3, file: !3, line: 8, type: !41, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !52)
!52 = !{!53}
!53 = !DILocalVariable(name: "ctx", arg: 1, scope: !51, file: !3, line: 8, type: !43)
!54 = !DILocation(line: 8, scope: !51)
!55 = !DILocation(line: 8, column: 1, scope: !51)
!56 = !DILocation(line: 9, column: 2, scope: !51)
!57 = !DILocation(line: 10, column: 2, scope: !51)
